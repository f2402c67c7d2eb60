import { runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import {
  type PersonalDataKind,
  personalDataContributors,
  personalDataKinds,
} from '../../core/personal-data.ts';
import { AppError } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { organisationContextOf, organisationsByToday } from '../organisations/index.ts';
import { assertManagesPrivacy, assertOwner } from './privacy.policy.ts';
import {
  erasuresOf,
  insertOrganisationExport,
  leaversWithData,
  personForErasure,
  recordErasure,
  savedRetention,
  saveRetention,
} from './privacy.repository.ts';
import { dueOn, effectiveMonths, maxRetentionMonths, retentionOf } from './privacy.rules.ts';

/**
 * Erases the given kinds of one person's data, each module its own, in one transaction; the person
 * row (profile) goes last because other modules find the person's address through it.
 */
async function eraseKinds(
  ctx: OrgContext,
  personId: string,
  kinds: PersonalDataKind[],
  erasedBy: string | null,
) {
  return runChange(ctx, async (tx) => {
    const person = await personForErasure(tx.db, personId);
    if (!person) throw new AppError('not_found');
    if (person.status !== 'left')
      throw new AppError('conflict', 'Only the data of someone who has left can be erased.', {
        errors: [{ field: 'status', message: 'The person has not left.' }],
      });
    const done = new Set((await erasuresOf(tx.db, personId)).map((row) => row.kind));
    const todo = personalDataKinds.filter((kind) => kinds.includes(kind) && !done.has(kind));
    const ordered = [...personalDataContributors()].sort(
      (a, b) => Number(a.module === 'people') - Number(b.module === 'people'),
    );
    const counts: Partial<Record<PersonalDataKind, number>> = {};
    for (const kind of todo) {
      let rows = 0;
      for (const contributor of ordered.filter((c) => c.kind === kind))
        rows += await contributor.erase(tx.db, personId);
      counts[kind] = rows;
      await recordErasure(tx.db, { personId, kind, erasedBy, rowsChanged: rows });
    }
    if (todo.length)
      tx.record({
        action: 'privacy.person_erased',
        subjectId: personId,
        changes: { kinds: todo, rows: counts },
      });
    return { erased: todo };
  });
}

/** HR erases everything of a person who has left, now (what the law keeps stays: privacy.rules.ts). */
export async function erasePersonNow(ctx: Ctx, personId: string) {
  assertManagesPrivacy(ctx);
  // Profile last: within eraseKinds the people module runs after the others, and kinds are in order.
  return eraseKinds(ctx, personId, [...personalDataKinds], personIdOf(ctx.auth));
}

export async function setRetention(ctx: Ctx, months: Record<PersonalDataKind, number>) {
  assertManagesPrivacy(ctx);
  const errors = Object.entries(months)
    .filter(([, value]) => !Number.isInteger(value) || value < 0 || value > maxRetentionMonths)
    .map(([kind]) => ({ field: `months.${kind}`, message: `Whole months from 0 to ${maxRetentionMonths}.` }));
  if (errors.length) throw new AppError('validation_failed', undefined, { errors });
  return runChange(ctx, async (tx) => {
    await saveRetention(tx.db, months);
    tx.record({ action: 'privacy.retention_set', subjectId: ctx.organisationId, changes: { months } });
    return retentionOf(months);
  });
}

export async function requestOrganisationExport(ctx: Ctx) {
  assertOwner(ctx);
  return runChange(ctx, async (tx) => {
    const id = await insertOrganisationExport(tx.db, personIdOf(ctx.auth));
    tx.record({
      action: 'privacy.organisation_export_requested',
      subjectId: ctx.organisationId,
      changes: { exportId: id },
    });
    return id;
  });
}

/** The daily job: per organisation, every leaver's kinds of data whose retention has run out. */
export async function applyRetention(deps: ModuleDeps) {
  let erased = 0;
  for (const organisationIds of (await organisationsByToday(deps.db)).values())
    for (const organisationId of organisationIds) {
      const ctx = await organisationContextOf(deps, organisationId);
      const months = retentionOf(await savedRetention(ctx.db));
      const today = ctx.today();
      for (const person of await leaversWithData(ctx.db)) {
        const due = personalDataKinds.filter(
          (kind) => dueOn(person.end_date!, effectiveMonths(months, kind)) <= today,
        );
        if (!due.length) continue;
        const { erased: kinds } = await eraseKinds(ctx, person.id, due, null);
        erased += kinds.length;
      }
    }
  return { erased };
}
