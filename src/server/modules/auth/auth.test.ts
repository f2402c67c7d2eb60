import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../factories/factories.ts';
import { tokenMailedTo } from '../../test/mailbox.ts';
import {
  anonymous,
  buildOrganisationWithRoles,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

// As behind a proxy on this machine: the tests tell addresses apart with X-Forwarded-For.
const { app, db, config } = await startTestApp({ trustProxy: ['127.0.0.1'] });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { email, password }, headers });

describe('sign-in', () => {
  it('sets a secure, http-only session cookie and returns who I am with a CSRF token', async () => {
    const response = await signIn(org.people.hrAdmin.email.toUpperCase(), testPassword);
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'gp_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = response.json();
    expect(me.roles).toEqual(expect.arrayContaining(['employee', 'hr_admin']));
    expect(me.permissions).toContain('people.manage');
    expect(me.csrfToken).toMatch(/^[\w-]{20,}$/);
  });

  it('derives the manager role from having reports', async () => {
    const me = (await org.as.manager.get('/api/v1/me')).json();
    expect(me.roles).toEqual(['employee', 'manager']);
    expect(me.permissions).toContain('people.read');
    expect(me.permissions).not.toContain('people.manage');
  });

  it('answers the same 401 for an unknown address and a wrong password', async () => {
    const unknown = await signIn('nobody@example.test', 'whatever password');
    const wrong = await signIn(org.people.owner.email, 'wrong password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().code).toBe('invalid_credentials');
    expect(wrong.json().code).toBe('invalid_credentials');
  });

  it('answers 400 naming the field for a malformed e-mail', async () => {
    const response = await signIn('not-an-email', 'x');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('email');
  });

  it('after five wrong passwords from one address, holds that address back (429), even for the right one, without locking the account', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword });
    const headers = { 'x-forwarded-for': '198.51.100.7' };
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await signIn(person.email, 'wrong password', headers)).statusCode).toBe(401);
    }
    const right = await signIn(person.email, testPassword, headers);
    expect(right.statusCode).toBe(429);
    expect(right.json().code).toBe('rate_limited');
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    // No lock: from another address the right password still works.
    expect((await signIn(person.email, testPassword, { 'x-forwarded-for': '198.51.100.8' })).statusCode).toBe(
      200,
    );
  });

  it('rate-limits one address that keeps failing', async () => {
    const headers = { 'x-forwarded-for': '198.51.100.99' };
    let last = 0;
    for (let attempt = 0; attempt < 31; attempt++) {
      last = (await signIn(`guess${attempt}@example.test`, 'guess', headers)).statusCode;
    }
    expect(last).toBe(429);
    // Another address is not affected.
    expect(
      (await signIn(org.people.employee.email, testPassword, { 'x-forwarded-for': '198.51.100.100' }))
        .statusCode,
    ).toBe(200);
  });

  it('signs out: the cookie stops working', async () => {
    const client = await signInAs(app, org.people.employee);
    expect((await client.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await client.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('sign-out needs the CSRF token, so another site cannot sign you out', async () => {
    const client = await signInAs(app, org.people.employee);
    const response = await client.request('POST', '/api/v1/auth/sign-out', {}, { 'x-csrf-token': '' });
    expect(response.statusCode).toBe(403);
    expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  });
});

describe('password reset', () => {
  it('e-mails a link; the link sets a new password once and ends other sessions', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword, locale: 'en' });
    const oldSession = await signInAs(app, person);
    const request = await anonymous(app).post('/api/v1/auth/password-reset', { email: person.email });
    expect(request.statusCode).toBe(202);
    const mail = (await org.as.hrAdmin.get(`/api/v1/outbox?to=${person.email}`)).json().items[0];
    expect(mail.subject).toBe('New password for Groeipad');
    // The outbox shows no usable link: the person takes it from their own mailbox.
    const token = await tokenMailedTo({ db, dataDir: config.dataDir }, person.email);
    const confirm = await anonymous(app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'brand new password',
    });
    expect(confirm.statusCode).toBe(200);
    expect((await signIn(person.email, 'brand new password')).statusCode).toBe(200);
    expect((await signIn(person.email, testPassword)).statusCode).toBe(401);
    expect((await oldSession.get('/api/v1/me')).statusCode).toBe(401);
    const reuse = await anonymous(app).post('/api/v1/auth/password-reset/confirm', {
      token,
      password: 'third password!!',
    });
    expect(reuse.statusCode).toBe(410);
  });

  it('answers 202 for an unknown address too, and sends nothing', async () => {
    const response = await anonymous(app).post('/api/v1/auth/password-reset', {
      email: 'ghost@example.test',
    });
    expect(response.statusCode).toBe(202);
    expect((await org.as.hrAdmin.get('/api/v1/outbox?to=ghost@example.test')).json().total).toBe(0);
  });

  it('refuses a short new password with 400 naming the field', async () => {
    const response = await anonymous(app).post('/api/v1/auth/password-reset/confirm', {
      token: 'x'.repeat(20),
      password: 'short',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('password');
  });
});

describe('my settings', () => {
  it('switches my language', async () => {
    const client = await signInAs(
      app,
      await buildPerson(db, org.organisation.id, { password: testPassword }),
    );
    expect((await client.get('/api/v1/me')).json().locale).toBe('nl');
    const response = await client.patch('/api/v1/me', { locale: 'en' });
    expect(response.json().locale).toBe('en');
    expect((await client.get('/api/v1/me')).json().locale).toBe('en');
  });

  it('refuses an unknown language with 400 naming the field', async () => {
    const response = await org.as.employee.patch('/api/v1/me', { locale: 'de' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('locale');
  });

  it('changes my password only with the current one', async () => {
    const person = await buildPerson(db, org.organisation.id, { password: testPassword });
    const client = await signInAs(app, person);
    const wrong = await client.post('/api/v1/me/password', {
      currentPassword: 'nope',
      newPassword: 'a new long password',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].field).toBe('currentPassword');
    const right = await client.post('/api/v1/me/password', {
      currentPassword: testPassword,
      newPassword: 'a new long password',
    });
    expect(right.statusCode).toBe(204);
    expect((await signIn(person.email, 'a new long password')).statusCode).toBe(200);
  });

  it('answers 401 when signed out', async () => {
    expect((await anonymous(app).get('/api/v1/me')).statusCode).toBe(401);
    expect((await anonymous(app).patch('/api/v1/me', { locale: 'en' })).statusCode).toBe(401);
  });
});

describe('one e-mail address in two organisations', () => {
  it('signs in to the organisation whose password matches, or the one named', async () => {
    const first = await buildOrganisation(db);
    const second = await buildOrganisation(db);
    await buildPerson(db, first.id, { email: 'shared@example.test', password: 'password of first' });
    await buildPerson(db, second.id, { email: 'shared@example.test', password: 'password of second' });
    const intoSecond = await signIn('shared@example.test', 'password of second');
    expect(intoSecond.json().organisation.id).toBe(second.id);
    const named = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'shared@example.test', password: 'password of second', organisation: first.slug },
    });
    expect(named.statusCode).toBe(401);
  });
});
