import type { Ctx } from '../../core/context.ts';
import { personalDataKinds } from '../../core/personal-data.ts';
import { AppError } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { displayName } from '../people/index.ts';
import { assertManagesPrivacy, assertOwner } from './privacy.policy.ts';
import { leavers, organisationExport, organisationExports, savedRetention } from './privacy.repository.ts';
import { defaultRetentionMonths, keptForLegalReasons, retentionOf } from './privacy.rules.ts';
import { gatherPersonalData, personalDataZip } from './privacy.zip.ts';

/** The signed-in person's own data, as a zip with an index in their language. */
export async function myDataZip(ctx: Ctx) {
  const personId = personIdOf(ctx.auth);
  const parts = await gatherPersonalData(ctx.db, personId);
  const date = ctx.today();
  return { date, zip: await personalDataZip(parts, ctx.locale, date) };
}

export async function privacySettings(ctx: Ctx) {
  assertManagesPrivacy(ctx);
  return {
    months: retentionOf(await savedRetention(ctx.db)),
    defaults: defaultRetentionMonths,
    kinds: [...personalDataKinds],
    kept: keptForLegalReasons.map((item) => ({ what: item.what[ctx.locale], why: item.why[ctx.locale] })),
  };
}

/** People who left, and which kinds of their data are erased already. */
export async function leaversOverview(ctx: Ctx) {
  assertManagesPrivacy(ctx);
  return (await leavers(ctx.db)).map((row) => ({
    id: row.id,
    name: displayName({
      given_name: row.given_name,
      family_name_prefix: row.family_name_prefix,
      family_name: row.family_name,
    }),
    endDate: row.end_date,
    erasedKinds: row.erased_kinds ?? [],
    isErased: (row.erased_kinds ?? []).includes('profile'),
  }));
}

export async function listOrganisationExports(ctx: Ctx) {
  assertOwner(ctx);
  return (await organisationExports(ctx.db)).map((row) => ({
    id: row.id,
    state: row.state,
    requestedAt: row.requested_at.toISOString(),
    readyAt: row.ready_at?.toISOString() ?? null,
    sizeBytes: row.size_bytes,
  }));
}

export async function readyOrganisationExport(ctx: Ctx, id: string) {
  assertOwner(ctx);
  const row = await organisationExport(ctx.db, id);
  if (!row) throw new AppError('not_found');
  if (row.state !== 'ready' || !row.storage_key)
    throw new AppError('conflict', 'The export is not ready yet.');
  return { storageKey: row.storage_key, date: row.requested_at.toISOString().slice(0, 10) };
}
