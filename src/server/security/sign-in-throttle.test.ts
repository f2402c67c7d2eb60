import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../factories/factories.ts';
import { delayAfter, throttleRules } from '../modules/auth/auth.throttle.ts';
import { tokenMailedTo } from '../test/mailbox.ts';
import {
  anonymous,
  buildOrganisationWithRoles,
  signInAs,
  startTestApp,
  testPassword,
} from '../test/test-app.ts';

// Issue 10, item 5: a real account answered 423 after five wrong passwords, an unknown one 401 forever,
// and anyone could lock the owner out. Now: growing delays per e-mail+address, per address and per
// e-mail, the same answers for unknown and real accounts, and the real owner still gets in.

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

let addressCount = 0;
/** A fresh client address each time, so tests do not share an address's counters. */
const newAddress = () => `198.51.100.${++addressCount}`;

const signIn = (email: string, password: string, remoteAddress: string) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password }, remoteAddress });

/** Moves every recorded attempt back in time, as if that much time had passed (no wall-clock waits). */
const letTimePass = (seconds: number) =>
  db
    .updateTable('sign_in_attempts')
    .set({ attempted_at: sql<Date>`attempted_at - ${seconds} * interval '1 second'` })
    .execute();

/**
 * What a client can tell from an answer: status, body, Retry-After. The wait counts down from the last
 * failure, so on a busy machine two answers a second apart may say 15 and 14: it is compared apart.
 */
const visible = (response: Awaited<ReturnType<typeof signIn>>) => {
  const { retryAfter, ...body } = response.json() as { retryAfter?: number; detail?: string };
  // The detail names the same seconds as Retry-After: its words compared here, its number below.
  if (body.detail) body.detail = body.detail.replace(/\d+/g, 'N');
  return {
    answer: { status: response.statusCode, body, hasRetryAfter: 'retry-after' in response.headers },
    wait: Number(response.headers['retry-after'] ?? retryAfter ?? 0),
  };
};
const sameWithin1s = (a: ReturnType<typeof visible>[], b: ReturnType<typeof visible>[]) => {
  expect(a.map((one) => one.answer)).toEqual(b.map((one) => one.answer));
  for (const [index, one] of a.entries())
    expect(Math.abs(one.wait - (b[index]?.wait ?? Number.NaN))).toBeLessThanOrEqual(1);
};

describe('unknown and real accounts', () => {
  it('answer identically, attempt by attempt, until and while they are throttled', async () => {
    const real = await buildPerson(db, org.organisation.id, { password: testPassword });
    const invited = await buildPerson(db, org.organisation.id, {}); // an account without a password yet
    const answers = {
      unknown: [] as ReturnType<typeof visible>[],
      real: [] as ReturnType<typeof visible>[],
      invited: [] as ReturnType<typeof visible>[],
    };
    const from = { unknown: newAddress(), real: newAddress(), invited: newAddress() };
    for (let attempt = 0; attempt < 7; attempt++) {
      answers.unknown.push(visible(await signIn('niemand@example.test', 'wrong password', from.unknown)));
      answers.real.push(visible(await signIn(real.email, 'wrong password', from.real)));
      answers.invited.push(visible(await signIn(invited.email, 'wrong password', from.invited)));
    }
    sameWithin1s(answers.real, answers.unknown);
    sameWithin1s(answers.invited, answers.unknown);
    expect(answers.unknown.map((one) => one.answer.status)).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });
});

describe('repeated failures', () => {
  it('get 429 with Retry-After, the wait growing with each further failure, and never a lock', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword });
    const address = newAddress();
    for (let attempt = 0; attempt < throttleRules.freePerAccountAndAddress; attempt++)
      expect((await signIn(person.email, 'wrong password', address)).statusCode).toBe(401);
    const held = await signIn(person.email, testPassword, address);
    expect(held.statusCode).toBe(429);
    expect(held.json()).toMatchObject({ code: 'rate_limited', retryAfter: 15 });
    expect(held.headers['retry-after']).toBe('15');

    await letTimePass(15);
    expect((await signIn(person.email, 'wrong password', address)).statusCode).toBe(401);
    const longer = await signIn(person.email, 'wrong password', address);
    expect(longer.statusCode).toBe(429);
    expect(longer.json().retryAfter).toBe(30);

    // Once the wait is over, the right password works again: nothing was locked.
    await letTimePass(30);
    expect((await signIn(person.email, testPassword, address)).statusCode).toBe(200);
  });

  it('from one address, trying many accounts, are held back as well', async () => {
    const address = newAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < throttleRules.freePerAddress + 2; attempt++)
      statuses.push((await signIn(`poging${attempt}@example.test`, 'Welkom2024!', address)).statusCode);
    expect(statuses.slice(0, throttleRules.freePerAddress).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('cannot be raced: parallel guesses from one address get at most the free attempts', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword });
    const address = newAddress();
    const statuses = (
      await Promise.all(
        Array.from({ length: 12 }, (_, index) => signIn(person.email, `guess number ${index}`, address)),
      )
    ).map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(throttleRules.freePerAccountAndAddress);
    expect(statuses.filter((status) => status === 429)).toHaveLength(
      12 - throttleRules.freePerAccountAndAddress,
    );
  });

  it('grow from 15 seconds, doubling, to at most 15 minutes', () => {
    const free = 5;
    expect([0, 4].map((failures) => delayAfter(failures, free))).toEqual([0, 0]);
    expect([5, 6, 7, 8].map((failures) => delayAfter(failures, free) / 1000)).toEqual([15, 30, 60, 120]);
    expect(delayAfter(11, free)).toBe(15 * 60_000);
    expect(delayAfter(10_000, free)).toBe(15 * 60_000);
  });
});

describe('a stranger cannot keep the real person out', () => {
  it('failing from other addresses, however many, does not stop the owner signing in from theirs', async () => {
    const owner = await buildPerson(db, org.organisation.id, { password: testPassword, roles: ['owner'] });
    const home = newAddress();
    expect((await signIn(owner.email, testPassword, home)).statusCode).toBe(200);
    const strangerAnswers: number[] = [];
    for (let address = 0; address < 8; address++) {
      const from = newAddress();
      for (let attempt = 0; attempt < 6; attempt++)
        strangerAnswers.push((await signIn(owner.email, 'guess', from)).statusCode);
    }
    // The strangers were held back (per address and, across addresses, per account)...
    expect(strangerAnswers.filter((status) => status === 429).length).toBeGreaterThan(8);
    // ...even with the right password from a new address, while the owner at home is not.
    expect((await signIn(owner.email, testPassword, newAddress())).statusCode).toBe(429);
    expect((await signIn(owner.email, testPassword, home)).statusCode).toBe(200);
  });

  it('from a new address, the person gets in through a password reset', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword });
    for (let address = 0; address < 4; address++) {
      const from = newAddress();
      for (let attempt = 0; attempt < 5; attempt++) await signIn(person.email, 'guess', from);
    }
    const travelling = newAddress();
    expect((await signIn(person.email, testPassword, travelling)).statusCode).toBe(429);
    await anonymous(app).post('/api/v1/auth/password-reset', { email: person.email });
    const token = await tokenMailedTo({ db, dataDir: config.dataDir }, person.email);
    const reset = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'a brand new password' },
      remoteAddress: travelling,
    });
    expect(reset.statusCode).toBe(200);
    expect((await signIn(person.email, 'a brand new password', travelling)).statusCode).toBe(200);
  });
});

describe('checking the current password to change it', () => {
  it('is throttled like a sign-in', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword });
    const client = await signInAs(app, person);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      const response = await client.post('/api/v1/me/password', {
        currentPassword: `guess ${attempt}`,
        newPassword: 'a new long password',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
