import { runChange } from '../../core/change.ts';
import { type Ctx, standaloneContext } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { diff } from '../audit/index.ts';
import { sendAuthLink } from '../auth/index.ts';
import { addFirstOwner } from '../people/index.ts';
import { forgetOrganisationTimeZone } from './organisation-time-zone.ts';
import './organisations.events.ts';
import { presentOrganisation } from './organisations.presenter.ts';
import {
  findOrganisation,
  insertOrganisation,
  isSlugTaken,
  updateOrganisationRow,
} from './organisations.repository.ts';
import {
  type NewOrganisationInput,
  newOrganisationInput,
  type UpdateOrganisationInput,
} from './organisations.schemas.ts';

/** My organisation, as everyone in it sees it. */
export async function organisationView(ctx: Ctx) {
  return presentOrganisation(await findOrganisation(ctx.db));
}

/** The owner changes the name, default language, time zone or settings. */
export async function updateOrganisation(ctx: Ctx, input: UpdateOrganisationInput) {
  assertCan(ctx.auth, 'organisation.manage');
  const changes = Object.fromEntries(
    Object.entries({
      name: input.name,
      default_locale: input.defaultLocale,
      time_zone: input.timeZone,
      settings: input.settings,
    }).filter(([, value]) => value !== undefined),
  );
  await runChange(ctx, async (tx) => {
    const before = presentOrganisation(await findOrganisation(tx.db));
    if (Object.keys(changes).length) await updateOrganisationRow(tx.db, changes, tx.now());
    tx.record({
      action: 'organisation.updated',
      subjectId: ctx.organisationId,
      changes: diff(before, input),
    });
  });
  if (input.timeZone) forgetOrganisationTimeZone(ctx.organisationId);
}

const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'organisatie';

function parsed(raw: NewOrganisationInput) {
  const result = newOrganisationInput.safeParse(raw);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
    code: 'invalid',
  }));
  throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
    errors,
  });
}

/**
 * A real organisation with its first owner, who gets an invitation to choose a password. This is how
 * a self-hosted Groeipad starts (`npm run org:create`); everything else is done in the app.
 */
export async function createOrganisation(
  db: Db,
  raw: NewOrganisationInput,
  baseUrl: string,
): Promise<{ organisationId: string; ownerId: string; invitationLink: string }> {
  const input = parsed(raw);
  const slug = input.slug ?? slugOf(input.name);
  return db.transaction().execute(async (trx) => {
    if (await isSlugTaken(trx, slug))
      throw new AppError('validation_failed', `slug: "${slug}" is already used`, {
        errors: [{ field: 'slug', message: `"${slug}" is already used`, code: 'taken' }],
      });
    const organisationId = await insertOrganisation(trx, {
      name: input.name,
      slug,
      default_locale: input.defaultLocale,
    });
    // The system acts: there is nobody in the organisation yet to act as.
    const ctx = standaloneContext({ db: trx, auth: null, organisationId });
    return runChange(ctx, async (tx) => {
      const ownerId = await addFirstOwner(tx, {
        givenName: input.owner.givenName,
        familyNamePrefix: input.owner.familyNamePrefix || null,
        familyName: input.owner.familyName,
        email: input.owner.email,
      });
      tx.record({ action: 'organisation.created', subjectId: organisationId });
      const invitationLink = await sendAuthLink(tx.db, {
        purpose: 'invitation',
        person: {
          id: ownerId,
          email: input.owner.email,
          givenName: input.owner.givenName,
          locale: input.defaultLocale as Locale,
        },
        organisationName: input.name,
        createdBy: null,
        baseUrl,
      });
      return { organisationId, ownerId, invitationLink };
    });
  });
}
