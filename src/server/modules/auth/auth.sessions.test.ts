import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type App, buildApp } from '../../app.ts';
import { createDatabase, type DatabaseHandle } from '../../db/database.ts';
import { type BuiltOrganisation, buildOrganisation, buildPerson } from '../../factories/factories.ts';
import { Client, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

// Signed-in requests are answered from a per-instance cache of sessions (auth.sessions.ts). These
// tests hold it to what a person notices: a change to a session, its person, their roles or their
// organisation shows on the very next request, not up to 30 seconds later.

const { app, db, config, handle } = await startTestApp();
let organisation: BuiltOrganisation;
let owner: Client;

beforeAll(async () => {
  organisation = await buildOrganisation(db);
  const person = await buildPerson(db, organisation.id, { password: testPassword, roles: ['owner'] });
  owner = await signInAs(app, person);
});

const newPerson = (overrides: Parameters<typeof buildPerson>[2] = {}) =>
  buildPerson(db, organisation.id, { password: testPassword, ...overrides });

/** Signed in, and remembered by the cache: the request just made was answered from the database. */
async function signedInAndCached(target: App, person: { email: string }) {
  const client = await signInAs(target, person);
  expect((await client.get('/api/v1/me')).statusCode).toBe(200);
  return client;
}

describe('the very next request after a change', () => {
  it('after signing out, the old cookie is refused', async () => {
    const person = await signedInAndCached(app, await newPerson());
    expect((await person.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
    expect((await person.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('after a role is taken away, the person no longer has it', async () => {
    const built = await newPerson({ roles: ['hr_admin'] });
    const person = await signedInAndCached(app, built);
    expect((await person.get('/api/v1/events')).statusCode).toBe(200);
    expect((await owner.put(`/api/v1/people/${built.id}/roles`, { roles: [] })).statusCode).toBe(200);
    const me = (await person.get('/api/v1/me')).json<{ roles: string[]; permissions: string[] }>();
    expect(me.roles).toEqual(['employee']);
    expect(me.permissions).not.toContain('audit.read');
    expect((await person.get('/api/v1/events')).statusCode).toBe(403);
  });

  it('after a role is granted, the person has it', async () => {
    const built = await newPerson();
    const person = await signedInAndCached(app, built);
    expect((await person.get('/api/v1/events')).statusCode).toBe(403);
    await owner.put(`/api/v1/people/${built.id}/roles`, { roles: ['hr_admin'] });
    expect((await person.get('/api/v1/events')).statusCode).toBe(200);
  });

  it('after someone is given a manager, that manager has the manager role', async () => {
    const manager = await newPerson();
    const report = await newPerson();
    const asManager = await signedInAndCached(app, manager);
    expect((await asManager.get('/api/v1/me')).json<{ roles: string[] }>().roles).toEqual(['employee']);
    await owner.patch(`/api/v1/people/${report.id}`, { managerId: manager.id });
    expect((await asManager.get('/api/v1/me')).json<{ roles: string[] }>().roles).toEqual([
      'employee',
      'manager',
    ]);
  });

  it('after a password change, the other sessions are refused and this one carries on', async () => {
    const built = await newPerson();
    const laptop = await signedInAndCached(app, built);
    const phone = await signedInAndCached(app, built);
    const changed = await laptop.post('/api/v1/me/password', {
      currentPassword: testPassword,
      newPassword: 'a brand new password',
    });
    expect(changed.statusCode).toBe(204);
    expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    expect((await laptop.get('/api/v1/me')).statusCode).toBe(200);
  });

  it('after HR changes the e-mail address, the sessions are refused', async () => {
    const built = await newPerson();
    const person = await signedInAndCached(app, built);
    const changed = await owner.patch(`/api/v1/people/${built.id}`, { email: `moved-${built.email}` });
    expect(changed.statusCode).toBe(200);
    expect((await person.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('after the person leaves, their sessions are refused', async () => {
    const built = await newPerson();
    const person = await signedInAndCached(app, built);
    expect((await owner.post(`/api/v1/people/${built.id}/deactivate`, {})).statusCode).toBe(200);
    expect((await person.get('/api/v1/me')).statusCode).toBe(401);
  });

  it('shows a new name, and a new language chosen by the person, on the next /me', async () => {
    const built = await newPerson({ givenName: 'Anouk', locale: 'nl' });
    const person = await signedInAndCached(app, built);
    await owner.patch(`/api/v1/people/${built.id}`, { givenName: 'Annemiek' });
    expect((await person.get('/api/v1/me')).json<{ person: { givenName: string } }>().person.givenName).toBe(
      'Annemiek',
    );
    expect((await person.patch('/api/v1/me', { locale: 'en' })).json<{ locale: string }>().locale).toBe('en');
    expect((await person.get('/api/v1/me')).json<{ locale: string }>().locale).toBe('en');
  });

  it("follows the organisation's default language for people who chose none", async () => {
    const ownOrganisation = await buildOrganisation(db);
    const ownOwner = await signedInAndCached(
      app,
      await buildPerson(db, ownOrganisation.id, { password: testPassword, roles: ['owner'], locale: null }),
    );
    expect((await ownOwner.get('/api/v1/me')).json<{ locale: string }>().locale).toBe('nl');
    expect((await ownOwner.patch('/api/v1/organisation', { defaultLocale: 'en' })).statusCode).toBe(200);
    expect((await ownOwner.get('/api/v1/me')).json<{ locale: string }>().locale).toBe('en');
  });

  it('after an API token is revoked, it is refused', async () => {
    const created = await owner.post('/api/v1/api-tokens', { name: 'HR-koppeling', scopes: ['people:read'] });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json<{ id: string; token: string }>();
    const integration = new Client(app, null, null, { authorization: `Bearer ${token}` });
    expect((await integration.get('/api/v1/people')).statusCode).toBe(200);
    expect((await owner.delete(`/api/v1/api-tokens/${id}`)).statusCode).toBe(204);
    expect((await integration.get('/api/v1/people')).statusCode).toBe(401);
  });
});

// Two app instances on one database only exist with a PostgreSQL server: PGlite is embedded in one
// process (it holds its data directory alone), so there the single-instance tests above are the case.
describe.runIf(inject('testDatabase').kind === 'postgres')(
  'two app instances on one PostgreSQL database',
  () => {
    let other: App;
    let otherHandle: DatabaseHandle;

    beforeAll(async () => {
      // The second instance: its own pool and its own listener connection, as on another machine.
      otherHandle = await createDatabase({ databaseUrl: handle.databaseUrl!, poolSize: 5 });
      other = await buildApp(
        { db: otherHandle.db, config },
        { database: otherHandle, cacheSessions: { listener: { retryMs: 1500 } } },
      );
      await other.ready();
      await other.sessions.listener!.until('listening');
    });
    afterAll(async () => {
      await other.close();
      await otherHandle.close();
    });

    /**
     * A change reaches the other instance as a notification at commit; the instance that made it waits
     * for its own copy before answering. The other instance may still be reading its copy when the
     * next request arrives (milliseconds), so the test lets it finish reading what was committed so far.
     */
    const otherHasHeard = () => other.sessions.catchUp();

    it('a sign-out on one instance is refused on the other', async () => {
      const built = await newPerson();
      const onFirst = await signInAs(app, built);
      const onOther = new Client(other, onFirst.cookie, onFirst.csrfToken);
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(200);
      expect((await onFirst.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
      await otherHasHeard();
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(401);
    });

    it('a role taken away on one instance is gone on the other', async () => {
      const built = await newPerson({ roles: ['hr_admin'] });
      const signedIn = await signInAs(app, built);
      const onOther = new Client(other, signedIn.cookie, signedIn.csrfToken);
      expect((await onOther.get('/api/v1/events')).statusCode).toBe(200);
      await owner.put(`/api/v1/people/${built.id}/roles`, { roles: [] });
      await otherHasHeard();
      expect((await onOther.get('/api/v1/events')).statusCode).toBe(403);
    });

    it('a password changed on one instance ends the other sessions on the other', async () => {
      const built = await newPerson();
      const laptop = await signInAs(app, built);
      const phone = await signInAs(other, built);
      expect((await phone.get('/api/v1/me')).statusCode).toBe(200);
      await laptop.post('/api/v1/me/password', {
        currentPassword: testPassword,
        newPassword: 'another new one',
      });
      await otherHasHeard();
      expect((await phone.get('/api/v1/me')).statusCode).toBe(401);
    });

    it('an e-mail address changed on one instance ends the sessions on the other', async () => {
      const built = await newPerson();
      const onOther = await signInAs(other, built);
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(200);
      await owner.patch(`/api/v1/people/${built.id}`, { email: `elsewhere-${built.email}` });
      await otherHasHeard();
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(401);
    });

    it('while its listener connection is lost, an instance caches nothing, and it picks up again', async () => {
      const built = await newPerson();
      const onFirst = await signInAs(app, built);
      const onOther = new Client(other, onFirst.cookie, onFirst.csrfToken);
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(200);
      const listener = other.sessions.listener!;
      await sql`SELECT pg_terminate_backend(${listener.backendPid})`.execute(db);
      await listener.until('down');
      // Asked again while down: from the database, and not remembered.
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(200);
      // The sign-out's notification cannot reach the other instance now; it must not need it.
      expect((await onFirst.post('/api/v1/auth/sign-out')).statusCode).toBe(204);
      expect((await onOther.get('/api/v1/me')).statusCode).toBe(401);
      expect(listener.state).toBe('down');

      await listener.until('listening');
      const again = await signInAs(app, built);
      const againOnOther = new Client(other, again.cookie, again.csrfToken);
      expect((await againOnOther.get('/api/v1/me')).statusCode).toBe(200);
      await again.post('/api/v1/auth/sign-out');
      await otherHasHeard();
      expect((await againOnOther.get('/api/v1/me')).statusCode).toBe(401);
    });
  },
);
