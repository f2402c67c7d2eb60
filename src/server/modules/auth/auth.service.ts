import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { queueMail } from '../mail/index.ts';
import { decoyHash, hashPassword, randomToken, sha256, verifyPassword } from './auth.crypto.ts';
import { countRecentFailures, findSignInCandidates, recordAttempt } from './auth.repository.ts';

export const sessionLifetimeMs = 14 * 24 * 3600_000;
const lockAfterFailures = 5;
const lockForMs = 15 * 60_000;
const ipWindowMs = 15 * 60_000;
const maxFailuresPerIp = 30;
const linkLifetimeMs = { invitation: 7 * 24 * 3600_000, password_reset: 3600_000 } as const;

export async function signIn(options: {
  db: Db;
  email: string;
  password: string;
  organisationSlug?: string;
  clientIp: string;
  userAgent?: string;
}): Promise<{ cookieValue: string; organisationId: string; personId: string }> {
  const email = options.email.trim().toLowerCase();
  if (
    (await countRecentFailures(options.db, options.clientIp, new Date(Date.now() - ipWindowMs))) >=
    maxFailuresPerIp
  ) {
    throw new AppError('rate_limited', 'Too many failed sign-ins from this address; wait 15 minutes.');
  }
  const candidates = await findSignInCandidates(options.db, email, options.organisationSlug);
  const withPassword = candidates.filter((c) => c.passwordHash);
  if (withPassword.length === 0) {
    await verifyPassword(decoyHash, options.password);
    await recordAttempt(options.db, email, options.clientIp, false);
    throw new AppError('invalid_credentials');
  }
  for (const candidate of withPassword) {
    if (!(await verifyPassword(candidate.passwordHash!, options.password))) continue;
    if (candidate.lockedUntil && candidate.lockedUntil > new Date()) {
      await recordAttempt(options.db, email, options.clientIp, false);
      throw new AppError('account_locked');
    }
    const cookieValue = randomToken();
    await forOrganisation(options.db, candidate.organisationId).transaction(async (tenant) => {
      await tenant
        .updateTable('people')
        .set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: new Date() })
        .where('id', '=', candidate.personId)
        .execute();
      await tenant
        .insertInto('sessions', {
          id: sha256(cookieValue),
          person_id: candidate.personId,
          expires_at: new Date(Date.now() + sessionLifetimeMs),
          user_agent: options.userAgent?.slice(0, 300) ?? null,
        })
        .execute();
      await recordAttempt(tenant.executor, email, options.clientIp, true);
    });
    return { cookieValue, organisationId: candidate.organisationId, personId: candidate.personId };
  }
  // Wrong password: count it against every matching account, locking those that reach the limit.
  for (const candidate of withPassword) {
    await forOrganisation(options.db, candidate.organisationId)
      .updateTable('people')
      .set({
        failed_sign_ins: sql`failed_sign_ins + 1`,
        locked_until: sql`CASE WHEN failed_sign_ins + 1 >= ${lockAfterFailures}
          THEN now() + ${`${lockForMs / 1000} seconds`}::interval ELSE locked_until END`,
      })
      .where('id', '=', candidate.personId)
      .execute();
  }
  await recordAttempt(options.db, email, options.clientIp, false);
  const locked = candidates.some((c) => c.failedSignIns + 1 >= lockAfterFailures);
  throw new AppError(locked ? 'account_locked' : 'invalid_credentials');
}

export async function signOut(db: Db, auth: Auth): Promise<void> {
  if (auth.kind !== 'person') return;
  await forOrganisation(db, auth.organisationId)
    .deleteFrom('sessions')
    .where('id', '=', auth.sessionId)
    .execute();
}

/** Creates a one-time link and queues the e-mail that carries it, inside the caller's transaction. */
export async function sendAuthLink(
  tenant: TenantDb,
  options: {
    purpose: 'invitation' | 'password_reset';
    person: { id: string; email: string; givenName: string; locale: Locale };
    organisationName: string;
    inviterName?: string;
    createdBy: string | null;
    baseUrl: string;
  },
): Promise<string> {
  const token = randomToken();
  // A new link replaces older unused ones of the same purpose.
  await tenant
    .updateTable('auth_links')
    .set({ used_at: new Date() })
    .where('person_id', '=', options.person.id)
    .where('purpose', '=', options.purpose)
    .where('used_at', 'is', null)
    .execute();
  await tenant
    .insertInto('auth_links', {
      person_id: options.person.id,
      purpose: options.purpose,
      token_hash: sha256(token),
      created_by: options.createdBy,
      expires_at: new Date(Date.now() + linkLifetimeMs[options.purpose]),
    })
    .execute();
  const path = options.purpose === 'invitation' ? 'welcome' : 'reset-password';
  const link = `${options.baseUrl}/${path}?token=${token}`;
  await queueMail(tenant, {
    to: options.person.email,
    kind: options.purpose,
    locale: options.person.locale,
    vars: {
      name: options.person.givenName,
      organisation: options.organisationName,
      inviter: options.inviterName ?? options.organisationName,
      link,
    },
  });
  return link;
}

/** Always succeeds from the caller's view, so the form cannot be used to probe for accounts. */
export async function requestPasswordReset(options: {
  db: Db;
  email: string;
  baseUrl: string;
}): Promise<void> {
  const people = await options.db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select([
      'people.organisation_id',
      'people.id',
      'people.email',
      'people.given_name',
      'people.locale',
      'organisations.default_locale',
      'organisations.name as organisation_name',
    ])
    .where('people.email', '=', options.email.trim().toLowerCase())
    .where('people.status', '<>', 'left')
    .execute();
  for (const person of people) {
    await forOrganisation(options.db, person.organisation_id).transaction(async (tenant) => {
      await sendAuthLink(tenant, {
        purpose: 'password_reset',
        person: {
          id: person.id,
          email: person.email,
          givenName: person.given_name,
          locale: person.locale ?? person.default_locale,
        },
        organisationName: person.organisation_name,
        createdBy: null,
        baseUrl: options.baseUrl,
      });
      await recordEvent(tenant, null, {
        action: 'password_reset.requested',
        subjectType: 'person',
        subjectId: person.id,
      });
    });
  }
}

/** Sets the password through an invitation or reset link; used once, then it is spent. */
export async function usePasswordLink(options: {
  db: Db;
  token: string;
  password: string;
  purpose: 'invitation' | 'password_reset';
}): Promise<{ email: string; organisationId: string }> {
  const link = await options.db
    .selectFrom('auth_links')
    .select(['organisation_id', 'id', 'person_id', 'expires_at', 'used_at', 'purpose'])
    .where('token_hash', '=', sha256(options.token))
    .executeTakeFirst();
  if (!link || link.purpose !== options.purpose || link.used_at || link.expires_at < new Date()) {
    throw new AppError('link_expired');
  }
  const passwordHash = await hashPassword(options.password);
  return forOrganisation(options.db, link.organisation_id).transaction(async (tenant) => {
    const spent = await tenant
      .updateTable('auth_links')
      .set({ used_at: new Date() })
      .where('id', '=', link.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) throw new AppError('link_expired');
    const person = await tenant
      .updateTable('people')
      .set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null, updated_at: new Date() })
      .where('id', '=', link.person_id)
      .where('status', '<>', 'left')
      .returning(['email'])
      .executeTakeFirst();
    if (!person) throw new AppError('link_expired');
    // A new password ends every other session of this person.
    await tenant.deleteFrom('sessions').where('person_id', '=', link.person_id).execute();
    await recordEvent(tenant, null, {
      action: options.purpose === 'invitation' ? 'invitation.accepted' : 'password.reset',
      subjectType: 'person',
      subjectId: link.person_id,
    });
    return { email: person.email, organisationId: link.organisation_id };
  });
}
