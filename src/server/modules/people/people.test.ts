import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { tokenMailedTo } from '../../test/mailbox.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  await buildPerson(db, org.organisation.id, {
    givenName: 'Jeroen',
    familyNamePrefix: 'van der',
    familyName: 'Meer',
    email: 'jeroen.vandermeer@example.test',
    jobTitle: 'Wijkverpleegkundige',
    employeeNumber: 'E-100',
  });
  await buildPerson(db, org.organisation.id, {
    givenName: 'Zoë',
    familyName: 'Çelik',
    email: 'zoe@example.test',
  });
});

describe('GET /api/v1/people', () => {
  it('lists the organisation directory, sorted by family name, with paging', async () => {
    const response = await org.as.employee.get('/api/v1/people?pageSize=3');
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.total).toBe(7);
    expect(page.items).toHaveLength(3);
    expect(page.items[0].familyName).toBe('Çelik');
  });

  it('walks page by page through the same order as one long page, both directions', async () => {
    for (const sort of ['name', '-name', 'jobTitle', '-startDate', 'unit']) {
      const whole = (await org.as.hrAdmin.get(`/api/v1/people?pageSize=100&sort=${sort}`)).json();
      const paged: string[] = [];
      for (let page = 1; paged.length < whole.total; page++) {
        const items = (await org.as.hrAdmin.get(`/api/v1/people?pageSize=2&page=${page}&sort=${sort}`)).json()
          .items as { id: string }[];
        expect(items.length, `page ${page} sorted by ${sort}`).toBeGreaterThan(0);
        paged.push(...items.map((person) => person.id));
      }
      expect(paged, sort).toEqual(whole.items.map((person: { id: string }) => person.id));
    }
    const byName = (await org.as.hrAdmin.get('/api/v1/people?pageSize=100&sort=-name')).json().items;
    expect(byName.at(-1).familyName).toBe('Çelik');
  });

  it('finds people by part of a name, ignoring case and diacritics and the tussenvoegsel', async () => {
    const byName = (await org.as.hrAdmin.get('/api/v1/people?q=VAN%20DER%20meer')).json();
    expect(byName.items.map((p: { displayName: string }) => p.displayName)).toEqual(['Jeroen van der Meer']);
    const byAccentFree = (await org.as.hrAdmin.get('/api/v1/people?q=zoe%20celik')).json();
    expect(byAccentFree.items[0].displayName).toBe('Zoë Çelik');
    const byNumber = (await org.as.hrAdmin.get('/api/v1/people?q=E-100')).json();
    expect(byNumber.total).toBe(1);
  });

  it('treats % and _ in a search as ordinary characters', async () => {
    const response = await org.as.hrAdmin.get('/api/v1/people?q=%25');
    expect(response.json().total).toBe(0);
  });

  it('shows HR fields to HR admins but not to colleagues', async () => {
    const asHr = (await org.as.hrAdmin.get('/api/v1/people?q=jeroen')).json().items[0];
    expect(asHr.employeeNumber).toBe('E-100');
    const asColleague = (await org.as.employee.get('/api/v1/people?q=jeroen')).json().items[0];
    expect(asColleague.employeeNumber).toBeUndefined();
    expect(asColleague.jobTitle).toBe('Wijkverpleegkundige');
  });

  it('never shows people of another organisation', async () => {
    const names = (await other.as.owner.get('/api/v1/people?pageSize=100'))
      .json()
      .items.map((p: { email: string }) => p.email);
    expect(names).not.toContain('jeroen.vandermeer@example.test');
  });

  it('answers 400 naming the parameter for a bad page size', async () => {
    const response = await org.as.hrAdmin.get('/api/v1/people?pageSize=5000');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({ field: 'querystring.pageSize', code: 'tooLong' });
  });

  it('answers 401 when signed out', async () => {
    expect((await org.anonymous.get('/api/v1/people')).statusCode).toBe(401);
  });

  it('refuses HR-only filters to employees', async () => {
    expect((await org.as.employee.get('/api/v1/people?status=left')).statusCode).toBe(403);
  });
});

describe('POST /api/v1/people', () => {
  const newPerson = {
    givenName: 'Fleur',
    familyNamePrefix: 'de',
    familyName: 'Wit',
    email: 'Fleur.deWit@Example.test',
  };

  it('adds a person (e-mail lower-cased) and records it in the audit log', async () => {
    const response = await org.as.hrAdmin.post('/api/v1/people', { ...newPerson, orgUnitId: org.unit.id });
    expect(response.statusCode).toBe(201);
    const person = response.json();
    expect(person.displayName).toBe('Fleur de Wit');
    expect(person.email).toBe('fleur.dewit@example.test');
    expect(person.orgUnit.name).toBe('Team Noord');
    const events = (await org.as.owner.get(`/api/v1/events?subjectId=${person.id}`)).json();
    expect(events.items[0]).toMatchObject({ action: 'person.created', actor: { kind: 'person' } });
  });

  it('answers 400 naming the field when the e-mail is missing or taken', async () => {
    const missing = await org.as.hrAdmin.post('/api/v1/people', { givenName: 'A', familyName: 'B' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toContainEqual(
      expect.objectContaining({ field: 'email', code: 'required' }),
    );
    const taken = await org.as.hrAdmin.post('/api/v1/people', { ...newPerson, givenName: 'Other' });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().errors).toEqual([
      { field: 'email', message: 'is already used by someone else', code: 'taken' },
    ]);
  });

  it('refuses a unit of another organisation as if it did not exist', async () => {
    const response = await org.as.hrAdmin.post('/api/v1/people', {
      ...newPerson,
      email: 'x@example.test',
      orgUnitId: other.unit.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('orgUnitId');
  });

  it('is refused to employees, managers and L&D admins (403) and to the signed-out (401)', async () => {
    for (const client of [org.as.employee, org.as.manager, org.as.ldAdmin]) {
      expect(
        (await client.post('/api/v1/people', { ...newPerson, email: 'y@example.test' })).statusCode,
      ).toBe(403);
    }
    expect((await org.anonymous.post('/api/v1/people', newPerson)).statusCode).toBe(401);
  });

  it('is refused without the CSRF token even with a valid session', async () => {
    const response = await org.as.hrAdmin.request(
      'POST',
      '/api/v1/people',
      { ...newPerson, email: 'z@example.test' },
      { 'x-csrf-token': 'nope' },
    );
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf_failed');
  });
});

describe('GET, PATCH /api/v1/people/:id', () => {
  it('changes only the fields sent', async () => {
    const response = await org.as.hrAdmin.patch(`/api/v1/people/${org.people.employee.id}`, {
      jobTitle: 'Verpleegkundige',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ jobTitle: 'Verpleegkundige', givenName: 'Emre' });
  });

  it('refuses a manager line that loops back (400 on managerId) and changes nothing', async () => {
    const response = await org.as.hrAdmin.patch(`/api/v1/people/${org.people.manager.id}`, {
      managerId: org.people.employee.id,
      jobTitle: 'Should not stick',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('managerId');
    const manager = (await org.as.hrAdmin.get(`/api/v1/people/${org.people.manager.id}`)).json();
    expect(manager.jobTitle).toBeNull();
  });

  it('answers 404 for a person of another organisation, for reading and for changing', async () => {
    const foreign = other.people.employee.id;
    expect((await org.as.owner.get(`/api/v1/people/${foreign}`)).statusCode).toBe(404);
    expect((await org.as.owner.patch(`/api/v1/people/${foreign}`, { jobTitle: 'x' })).statusCode).toBe(404);
    expect((await org.as.owner.post(`/api/v1/people/${foreign}/deactivate`, {})).statusCode).toBe(404);
    expect((await org.as.owner.put(`/api/v1/people/${foreign}/roles`, { roles: [] })).statusCode).toBe(404);
    expect((await org.as.owner.post(`/api/v1/people/${foreign}/invitation`)).statusCode).toBe(404);
    const untouched = (await other.as.owner.get(`/api/v1/people/${foreign}`)).json();
    expect(untouched.jobTitle).toBeNull();
  });

  it('answers 400 for an id that is not a uuid', async () => {
    const response = await org.as.owner.get('/api/v1/people/not-a-uuid');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('params.id');
  });

  it('is refused to employees (403)', async () => {
    expect(
      (await org.as.employee.patch(`/api/v1/people/${org.people.manager.id}`, { jobTitle: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('deactivate, roles and invitations', () => {
  it('deactivating signs the person out and keeps them in the history', async () => {
    const leaver = await buildPerson(db, org.organisation.id, { password: 'correct horse battery' });
    const { signInAs } = await import('../../test/test-app.ts');
    const asLeaver = await signInAs(app, leaver);
    const response = await org.as.hrAdmin.post(`/api/v1/people/${leaver.id}/deactivate`, {
      endDate: '2026-12-31',
    });
    expect(response.json()).toMatchObject({ status: 'left', endDate: '2026-12-31' });
    expect((await asLeaver.get('/api/v1/me')).statusCode).toBe(401);
    const signIn = await org.anonymous.post('/api/v1/auth/sign-in', {
      email: leaver.email,
      password: 'correct horse battery',
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('only an owner makes someone owner', async () => {
    const byHr = await org.as.hrAdmin.put(`/api/v1/people/${org.people.employee.id}/roles`, {
      roles: ['owner'],
    });
    expect(byHr.statusCode).toBe(400);
    expect(byHr.json().errors[0].field).toBe('roles');
    const byOwner = await org.as.owner.put(`/api/v1/people/${org.people.employee.id}/roles`, {
      roles: ['coach', 'ambassador'],
    });
    expect(byOwner.json().roles).toEqual(['ambassador', 'coach']);
  });

  it('an invitation e-mail lands in the outbox with a link that sets the password', async () => {
    const person = (
      await org.as.hrAdmin.post('/api/v1/people', {
        givenName: 'Iris',
        familyName: 'Bos',
        email: 'iris.bos@example.test',
        sendInvitation: true,
      })
    ).json();
    expect(person.account).toBe('invited');
    const outbox = (await org.as.hrAdmin.get('/api/v1/outbox?to=iris.bos@example.test')).json();
    expect(outbox.items[0].subject).toContain('Welkom bij Groeipad');
    // The outbox hides the link; Iris finds it in her mailbox.
    const token = await tokenMailedTo({ db, dataDir: config.dataDir }, 'iris.bos@example.test');
    const accepted = await org.anonymous.post('/api/v1/auth/invitation/accept', {
      token,
      password: 'a long new password',
    });
    expect(accepted.statusCode).toBe(200);
    const signIn = await org.anonymous.post('/api/v1/auth/sign-in', {
      email: 'iris.bos@example.test',
      password: 'a long new password',
    });
    expect(signIn.statusCode).toBe(200);
    const again = await org.anonymous.post('/api/v1/auth/invitation/accept', {
      token,
      password: 'another password!',
    });
    expect(again.statusCode).toBe(410);
  });

  it('invites a whole unit at once: only those without an account or open invitation, and filters by account', async () => {
    const fresh = await buildOrganisationWithRoles(app, db);
    const southUnit = (
      await fresh.as.hrAdmin.post('/api/v1/org-units', { name: 'Team Zuid', kind: 'team' })
    ).json();
    for (const [given, unitId] of [
      ['Anouk', fresh.unit.id],
      ['Bram', fresh.unit.id],
      ['Chris', southUnit.id],
    ] as const) {
      await buildPerson(db, fresh.organisation.id, {
        givenName: given,
        familyName: 'Test',
        email: `${given.toLowerCase()}@example.test`,
        orgUnitId: unitId,
      });
    }
    const none = (await fresh.as.hrAdmin.get('/api/v1/people?account=none')).json();
    expect(none.items.map((p: { givenName: string }) => p.givenName).sort()).toEqual([
      'Anouk',
      'Bram',
      'Chris',
    ]);
    expect((await fresh.as.employee.get('/api/v1/people?account=none')).statusCode).toBe(403);

    const refused = await fresh.as.employee.post('/api/v1/people/invitations', { orgUnitId: fresh.unit.id });
    expect(refused.statusCode).toBe(403);
    const unknown = await fresh.as.hrAdmin.post('/api/v1/people/invitations', { orgUnitId: other.unit.id });
    expect(unknown.json().errors[0]).toMatchObject({ field: 'orgUnitId', code: 'unknownReference' });

    const first = await fresh.as.hrAdmin.post('/api/v1/people/invitations', { orgUnitId: fresh.unit.id });
    expect(first.json()).toEqual({ invited: 2 });
    const outbox = (await fresh.as.hrAdmin.get('/api/v1/outbox?to=anouk@example.test')).json();
    expect(outbox.items).toHaveLength(1);
    const invited = (await fresh.as.hrAdmin.get('/api/v1/people?account=invited')).json();
    expect(invited.items.map((p: { givenName: string }) => p.givenName).sort()).toEqual(['Anouk', 'Bram']);
    // Asking again does not send Anouk and Bram a second e-mail; the rest of the organisation follows.
    expect((await fresh.as.hrAdmin.post('/api/v1/people/invitations', {})).json()).toEqual({ invited: 1 });
    expect((await fresh.as.hrAdmin.get('/api/v1/people?account=none')).json().total).toBe(0);
  });
});
