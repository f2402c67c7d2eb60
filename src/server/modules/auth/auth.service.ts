import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { queueMail } from '../mail/index.ts';
import { endSignIns } from './auth.credentials.ts';
import { decoyHash, hashPassword, randomToken, sha256, verifyPassword } from './auth.crypto.ts';
import { findSignInCandidates } from './auth.repository.ts';
import { markAttemptSucceeded, recordProvenAddress, reserveAttempt } from './auth.throttle.ts';

export const sessionLifetimeMs = 14 * 24 * 3600_000;
const linkLifetimeMs = { invitation: 7 * 24 * 3600_000, password_reset: 3600_000 } as const;

/**
 * Signs in with e-mail and password. Unknown e-mail, no password yet, wrong password: the same 401 after
 * the same work (one argon2 verification); too many attempts: 429 with the seconds to wait, whether or
 * not an account exists (auth.throttle.ts). The password is not even checked while throttled.
 */
export async function signIn(options: {
  db: Db;
  email: string;
  password: string;
  organisationSlug?: string;
  clientIp: string;
  userAgent?: string;
  now?: Date;
}): Promise<{ cookieValue: string; organisationId: string; personId: string }> {
  const email = options.email.trim().toLowerCase();
  const attemptId = await reserveAttempt(options.db, email, options.clientIp, options.now);
  const now = options.now ?? new Date();
  const candidates = await findSignInCandidates(options.db, email, options.organisationSlug);
  const withPassword = candidates.filter((c) => c.passwordHash);
  if (withPassword.length === 0) await verifyPassword(decoyHash, options.password);
  for (const candidate of withPassword) {
    if (!(await verifyPassword(candidate.passwordHash!, options.password))) continue;
    const cookieValue = randomToken();
    await forOrganisation(options.db, candidate.organisationId).transaction(async (tenant) => {
      await tenant
        .updateTable('people')
        .set({ last_sign_in_at: now })
        .where('id', '=', candidate.personId)
        .execute();
      await tenant
        .insertInto('sessions', {
          id: sha256(cookieValue),
          person_id: candidate.personId,
          expires_at: new Date(now.getTime() + sessionLifetimeMs),
          user_agent: options.userAgent?.slice(0, 300) ?? null,
        })
        .execute();
      await markAttemptSucceeded(tenant.executor, attemptId);
    });
    return { cookieValue, organisationId: candidate.organisationId, personId: candidate.personId };
  }
  // The attempt was recorded as failed before checking; it stays that way.
  throw new AppError('invalid_credentials');
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
    secretVars: ['link'],
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
  clientIp?: string;
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
      .set({ password_hash: passwordHash, updated_at: new Date() })
      .where('id', '=', link.person_id)
      .where('status', '<>', 'left')
      .returning(['email'])
      .executeTakeFirst();
    if (!person) throw new AppError('link_expired');
    // A new password ends every other session of this person, and any other link still open.
    await endSignIns(tenant, [link.person_id]);
    // Whoever could read the link's mail owns the account: sign-in from here is not throttled by strangers.
    if (options.clientIp) await recordProvenAddress(tenant.executor, person.email, options.clientIp);
    await recordEvent(tenant, null, {
      action: options.purpose === 'invitation' ? 'invitation.accepted' : 'password.reset',
      subjectType: 'person',
      subjectId: link.person_id,
    });
    return { email: person.email, organisationId: link.organisation_id };
  });
}
