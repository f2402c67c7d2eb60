import { runChange } from '../../core/change.ts';
import { type Ctx, organisationContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { port } from '../../core/ports.ts';
import type { Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { queueMail } from '../mail/index.ts';
import { endSignIns } from './auth.credentials.ts';
import { decoyHash, hashPassword, randomToken, sha256, verifyPassword } from './auth.crypto.ts';
import './auth.events.ts';
import './auth.ports.ts';
import {
  accountsByEmail,
  deleteOtherSessions,
  deleteSession,
  findLink,
  findSignInCandidates,
  insertLink,
  insertSession,
  passwordOf,
  spendLink,
  spendLinks,
} from './auth.repository.ts';
import { markAttemptSucceeded, recordProvenAddress, reserveAttempt } from './auth.throttle.ts';

export const sessionLifetimeMs = 14 * 24 * 3600_000;
const linkLifetimeMs = { invitation: 7 * 24 * 3600_000, password_reset: 3600_000 } as const;

/** Who acts before anyone is signed in: the system, in the organisation the account belongs to. */
type SystemDeps = Pick<ModuleDeps, 'db' | 'log' | 'bus'>;
const systemContext = (deps: SystemDeps, organisationId: string, at?: Date) =>
  organisationContext({ db: deps.db, log: deps.log, bus: deps.bus, organisationId, at });

/**
 * Signs in with e-mail and password. Unknown e-mail, no password yet, wrong password: the same 401 after
 * the same work (one argon2 verification); too many attempts: 429 with the seconds to wait, whether or
 * not an account exists (auth.throttle.ts). The password is not even checked while throttled.
 */
export async function signIn(
  deps: SystemDeps,
  input: {
    email: string;
    password: string;
    organisationSlug?: string;
    clientIp: string;
    userAgent?: string;
    now?: Date;
  },
): Promise<{ cookieValue: string; organisationId: string; personId: string }> {
  const email = input.email.trim().toLowerCase();
  const attemptId = await reserveAttempt(deps.db, email, input.clientIp, input.now);
  const candidates = await findSignInCandidates(deps.db, email, input.organisationSlug);
  // Where the organisation requires SSO, a password opens nothing (but for its break-glass owners).
  const refusals = await Promise.all(
    candidates.map((c) =>
      port('passwordPolicy').passwordRefusal(systemContext(deps, c.organisationId).db, c.personId),
    ),
  );
  const withPassword = candidates.filter((c, index) => c.passwordHash && !refusals[index]);
  if (withPassword.length === 0) await verifyPassword(decoyHash, input.password);
  for (const candidate of withPassword) {
    if (!(await verifyPassword(candidate.passwordHash!, input.password))) continue;
    const ctx = systemContext(deps, candidate.organisationId, input.now);
    const cookieValue = await runChange(ctx, async (tx) => {
      const started = await startSession(tx.db, candidate.personId, tx.now(), input.userAgent);
      await markAttemptSucceeded(tx.db.executor, attemptId);
      return started.cookieValue;
    });
    return { cookieValue, organisationId: candidate.organisationId, personId: candidate.personId };
  }
  const refusal = refusals.find(Boolean);
  if (refusal) throw new AppError('sso_required', undefined, { extra: refusal });
  // The attempt was recorded as failed before checking; it stays that way.
  throw new AppError('invalid_credentials');
}

/** A new session for someone whose identity is proven (password or SSO), inside the caller's change. */
export async function startSession(
  tenant: TenantDb,
  personId: string,
  now: Date,
  userAgent?: string,
): Promise<{ cookieValue: string; sessionId: string }> {
  const cookieValue = randomToken();
  const sessionId = sha256(cookieValue);
  await port('personAccount').markSignedIn(tenant, personId, now);
  await insertSession(tenant, {
    id: sessionId,
    person_id: personId,
    expires_at: new Date(now.getTime() + sessionLifetimeMs),
    user_agent: userAgent?.slice(0, 300) ?? null,
  });
  return { cookieValue, sessionId };
}

export async function signOut(ctx: Ctx): Promise<void> {
  const { auth } = ctx;
  if (auth.kind !== 'person') return;
  await runChange(ctx, (tx) => deleteSession(tx.db, auth.sessionId));
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
  const now = new Date();
  // A new link replaces older unused ones of the same purpose.
  await spendLinks(tenant, options.person.id, options.purpose, now);
  await insertLink(tenant, {
    person_id: options.person.id,
    purpose: options.purpose,
    token_hash: sha256(token),
    created_by: options.createdBy,
    expires_at: new Date(now.getTime() + linkLifetimeMs[options.purpose]),
  });
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
export async function requestPasswordReset(
  deps: SystemDeps,
  input: { email: string; baseUrl: string },
): Promise<void> {
  for (const person of await accountsByEmail(deps.db, input.email.trim().toLowerCase())) {
    await runChange(systemContext(deps, person.organisation_id), async (tx) => {
      await sendAuthLink(tx.db, {
        purpose: 'password_reset',
        person: {
          id: person.id,
          email: person.email,
          givenName: person.given_name,
          locale: person.locale ?? person.default_locale,
        },
        organisationName: person.organisation_name,
        createdBy: null,
        baseUrl: input.baseUrl,
      });
      tx.record({ action: 'password_reset.requested', subjectId: person.id });
    });
  }
}

/** Sets the password through an invitation or reset link; used once, then it is spent. */
export async function usePasswordLink(
  deps: SystemDeps,
  input: { token: string; password: string; purpose: 'invitation' | 'password_reset'; clientIp?: string },
): Promise<{ email: string; organisationId: string }> {
  const link = await findLink(deps.db, sha256(input.token));
  if (!link || link.purpose !== input.purpose || link.used_at || link.expires_at < new Date()) {
    throw new AppError('link_expired');
  }
  const passwordHash = await hashPassword(input.password);
  return runChange(systemContext(deps, link.organisation_id), async (tx) => {
    if (!(await spendLink(tx.db, link.id, tx.now()))) throw new AppError('link_expired');
    const person = await port('personAccount').setPasswordHash(tx.db, link.person_id, passwordHash, tx.now());
    if (!person) throw new AppError('link_expired');
    // A new password ends every other session of this person, and any other link still open.
    await endSignIns(tx.db, [link.person_id]);
    // Whoever could read the link's mail owns the account: sign-in from here is not throttled by strangers.
    if (input.clientIp) await recordProvenAddress(tx.db.executor, person.email, input.clientIp);
    tx.record({
      action: input.purpose === 'invitation' ? 'invitation.accepted' : 'password.reset',
      subjectId: link.person_id,
    });
    return { email: person.email, organisationId: link.organisation_id };
  });
}

/** My own settings: the language I read the app and my mail in (null: the organisation's). */
export async function changeOwnSettings(ctx: Ctx, input: { locale?: Locale | null }) {
  const personId = personIdOf(ctx.auth);
  await runChange(ctx, async (tx) => {
    if (input.locale !== undefined)
      await port('personAccount').setLocale(tx.db, personId, input.locale, tx.now());
    tx.record({ action: 'person.settings_changed', subjectId: personId, changes: input });
  });
}

/** A new password, checked against the current one; my other sessions end, open reset links are spent. */
export async function changePassword(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; clientIp: string },
) {
  const { auth } = ctx;
  const personId = personIdOf(auth);
  if (auth.kind !== 'person') throw new AppError('forbidden');
  const person = await passwordOf(ctx.db, personId);
  // Checking the current password is a guess like any sign-in (a borrowed session): same throttle.
  const attemptId = await reserveAttempt(ctx.db.executor, person.email, input.clientIp);
  if (!person.password_hash || !(await verifyPassword(person.password_hash, input.currentPassword)))
    throw new AppError('validation_failed', 'currentPassword: is not correct', {
      errors: [{ field: 'currentPassword', message: 'is not correct', code: 'incorrect' }],
    });
  const passwordHash = await hashPassword(input.newPassword);
  await runChange(ctx, async (tx) => {
    await markAttemptSucceeded(tx.db.executor, attemptId);
    await port('personAccount').setPasswordHash(tx.db, personId, passwordHash, tx.now());
    await deleteOtherSessions(tx.db, personId, auth.sessionId);
    // A reset link asked for earlier (by anyone) no longer overrides the password chosen now.
    await spendLinks(tx.db, personId, 'password_reset', tx.now());
    tx.record({ action: 'password.changed', subjectId: personId });
  });
}
