import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../http/errors.ts';

// Sign-in protection after OWASP's authentication cheat sheet: no account is ever locked. Failed
// attempts make the next one wait, growing from 15 seconds to 15 minutes, counted three ways:
//  - per e-mail and address: someone guessing one account from one place;
//  - per address: one place trying many accounts (password spraying);
//  - per e-mail from every address: many places guessing one account.
// Everything is keyed by the e-mail as typed, never by whether an account has it, so unknown and real
// accounts behave the same. An address the account signed in from before (or reset its password
// from) is its owner's: only the first counter holds it back, so a stranger elsewhere cannot keep the
// real person out, and a password reset always opens the way again.
export const throttleRules = {
  /** Failures older than this no longer count. */
  windowMs: 60 * 60_000,
  /** A success from an address within this time makes it the account's own. Older attempts are pruned. */
  knownAddressMs: 90 * 24 * 3600_000,
  freePerAccountAndAddress: 5,
  freePerAddress: 20,
  freePerAccount: 10,
  firstDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
};

/** How long after the last failure the next attempt must wait, given the failures counted so far. */
export function delayAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  const { firstDelayMs, maxDelayMs } = throttleRules;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(failures - free, 20));
}

type Tally = { failures: number; last: Date | null };

/** Milliseconds until one more attempt for this e-mail from this address is allowed; 0 means now. */
export async function waitBeforeAttempt(db: Executor, email: string, clientIp: string, now: Date) {
  const windowStart = new Date(now.getTime() - throttleRules.windowMs);
  const lastSuccess = await db
    .selectFrom('sign_in_attempts')
    .select((eb) => eb.fn.max('attempted_at').as('at'))
    .where('email', '=', email)
    .where('client_ip', '=', clientIp)
    .where('succeeded', '=', true)
    .where('attempted_at', '>', new Date(now.getTime() - throttleRules.knownAddressMs))
    .executeTakeFirst();
  const knownAddress = lastSuccess?.at ? new Date(lastSuccess.at) : null;
  const pairSince = knownAddress && knownAddress > windowStart ? knownAddress : windowStart;
  const tally = async (where: { email?: string; clientIp?: string }, since: Date): Promise<Tally> => {
    let query = db
      .selectFrom('sign_in_attempts')
      .select((eb) => [eb.fn.countAll<string>().as('failures'), eb.fn.max('attempted_at').as('last')])
      .where('succeeded', '=', false)
      .where('attempted_at', '>', since);
    if (where.email) query = query.where('email', '=', where.email);
    if (where.clientIp) query = query.where('client_ip', '=', where.clientIp);
    const row = await query.executeTakeFirstOrThrow();
    return { failures: Number(row.failures), last: row.last ? new Date(row.last) : null };
  };
  const waits = [
    waitFor(await tally({ email, clientIp }, pairSince), throttleRules.freePerAccountAndAddress, now),
  ];
  if (!knownAddress) {
    waits.push(waitFor(await tally({ clientIp }, windowStart), throttleRules.freePerAddress, now));
    waits.push(waitFor(await tally({ email }, windowStart), throttleRules.freePerAccount, now));
  }
  return Math.max(...waits);
}

function waitFor(tally: Tally, free: number, now: Date): number {
  const delay = delayAfter(tally.failures, free);
  if (!tally.last || delay === 0) return 0;
  return Math.max(0, tally.last.getTime() + delay - now.getTime());
}

/**
 * Checks the throttle and records this attempt as failed before the password is checked, under a lock
 * per e-mail and per address (any app instance), so parallel guesses cannot all slip through at once.
 * The caller marks the attempt as succeeded when the password turns out right.
 */
export async function reserveAttempt(
  db: Executor,
  email: string,
  clientIp: string,
  at?: Date,
): Promise<number> {
  // Inside a caller's transaction the locks are held until it commits; else in a transaction of its own.
  const inTransaction = <R>(work: (trx: Executor) => Promise<R>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  return inTransaction(async (trx) => {
    // Always e-mail first, then address: the same order everywhere, so two attempts never deadlock.
    await sql`SELECT pg_advisory_xact_lock(7272, hashtext(${email}))`.execute(trx);
    await sql`SELECT pg_advisory_xact_lock(7273, hashtext(${clientIp}))`.execute(trx);
    // The time is read once the locks are held, so it is never before an attempt already recorded.
    const now = at ?? new Date();
    const waitMs = await waitBeforeAttempt(trx, email, clientIp, now);
    if (waitMs > 0) {
      const retryAfter = Math.ceil(waitMs / 1000);
      throw new AppError('rate_limited', `Too many sign-in attempts; try again in ${retryAfter} seconds.`, {
        extra: { retryAfter },
      });
    }
    const row = await trx
      .insertInto('sign_in_attempts')
      .values({ email, client_ip: clientIp, succeeded: false, attempted_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export async function markAttemptSucceeded(db: Executor, attemptId: number) {
  await db.updateTable('sign_in_attempts').set({ succeeded: true }).where('id', '=', attemptId).execute();
}

/** A password set through a link sent to the account's address proves it is theirs: this address is too. */
export async function recordProvenAddress(db: Executor, email: string, clientIp: string, now = new Date()) {
  await db
    .insertInto('sign_in_attempts')
    .values({ email, client_ip: clientIp, succeeded: true, attempted_at: now })
    .execute();
}

/** Forgets attempts too old to matter (run daily). */
export async function pruneSignInAttempts(db: Executor, now = new Date()) {
  await db
    .deleteFrom('sign_in_attempts')
    .where('attempted_at', '<', new Date(now.getTime() - throttleRules.knownAddressMs))
    .execute();
}
