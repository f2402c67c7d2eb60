import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous, buildOrganisationWithRoles, signInAs, startTestApp } from '../../test/test-app.ts';
import { createOrganisation } from './organisations.service.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('organisation settings', () => {
  it('everyone sees their own organisation', async () => {
    const response = await org.as.employee.get('/api/v1/organisation');
    expect(response.json()).toMatchObject({ id: org.organisation.id, defaultLocale: 'nl' });
  });

  it('the owner renames it and changes the default language; it is audited', async () => {
    const response = await org.as.owner.patch('/api/v1/organisation', {
      name: 'Gemeente Groeistad',
      defaultLocale: 'en',
    });
    expect(response.json()).toMatchObject({ name: 'Gemeente Groeistad', defaultLocale: 'en' });
    const event = (await org.as.owner.get('/api/v1/events?action=organisation.updated')).json().items[0];
    expect(event.changes.name).toEqual({ from: org.organisation.name, to: 'Gemeente Groeistad' });
    // The other organisation is untouched.
    expect((await other.as.owner.get('/api/v1/organisation')).json().name).toBe(other.organisation.name);
  });

  it('someone without a language of their own now sees the new default', async () => {
    expect((await org.as.employee.get('/api/v1/me')).json().locale).toBe('en');
  });

  it('answers 400 naming the field for an unknown language', async () => {
    const response = await org.as.owner.patch('/api/v1/organisation', { defaultLocale: 'fr' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('defaultLocale');
  });

  it('is refused to HR admins and employees (403) and the signed-out (401)', async () => {
    expect((await org.as.hrAdmin.patch('/api/v1/organisation', { name: 'X' })).statusCode).toBe(403);
    expect((await org.as.employee.patch('/api/v1/organisation', { name: 'X' })).statusCode).toBe(403);
    expect((await anonymous(app).get('/api/v1/organisation')).statusCode).toBe(401);
  });
});

describe('audit log and outbox', () => {
  it('the audit log shows only this organisation’s events, to HR admins and owners', async () => {
    await other.as.owner.patch('/api/v1/organisation', { name: 'Andere organisatie' });
    const events = (await org.as.hrAdmin.get('/api/v1/events?pageSize=200')).json().items;
    expect(events.every((e: { subjectId: string }) => e.subjectId !== other.organisation.id)).toBe(true);
    expect((await org.as.employee.get('/api/v1/events')).statusCode).toBe(403);
    expect((await org.as.manager.get('/api/v1/events')).statusCode).toBe(403);
    expect((await anonymous(app).get('/api/v1/events')).statusCode).toBe(401);
  });

  it('the outbox shows only this organisation’s mail, to admins', async () => {
    await other.as.hrAdmin.post(`/api/v1/people/${other.people.employee.id}/invitation`);
    const mine = (await org.as.hrAdmin.get('/api/v1/outbox?pageSize=200')).json().items;
    expect(mine.some((m: { to: string }) => m.to === other.people.employee.email)).toBe(false);
    expect((await other.as.hrAdmin.get('/api/v1/outbox')).json().total).toBe(0);
    expect((await org.as.employee.get('/api/v1/outbox')).statusCode).toBe(403);
    expect((await org.as.hrAdmin.get('/api/v1/outbox?pageSize=0')).json().errors[0].field).toBe(
      'querystring.pageSize',
    );
  });
});

describe('a new organisation (npm run org:create)', () => {
  it('starts with one owner who signs in through the invitation link and sees the owner home', async () => {
    const created = await createOrganisation(
      db,
      {
        name: 'Zorggroep Noord',
        owner: { givenName: 'Anna', familyNamePrefix: 'de', familyName: 'Boer', email: 'Anna@Noord.test' },
      },
      'http://groeipad.test',
    );
    expect(created.invitationLink).toMatch(/^http:\/\/groeipad\.test\/welcome\?token=/);
    const token = new URL(created.invitationLink).searchParams.get('token');
    const accepted = await anonymous(app).post('/api/v1/auth/invitation/accept', {
      token,
      password: 'a long owner password',
    });
    expect(accepted.statusCode).toBe(200);
    const owner = await signInAs(app, { email: 'anna@noord.test', password: 'a long owner password' });
    const me = (await owner.get('/api/v1/me')).json();
    expect(me.roles).toContain('owner');
    const organisation = (await owner.get('/api/v1/organisation')).json();
    expect(organisation).toMatchObject({
      id: created.organisationId,
      name: 'Zorggroep Noord',
      slug: 'zorggroep-noord',
    });
  });

  it('refuses a slug that is taken or an owner without a valid e-mail, and creates nothing', async () => {
    const before = await db.selectFrom('organisations').select('id').execute();
    const owner = { givenName: 'Bo', familyName: 'Kok', email: 'bo@kok.test' };
    await expect(
      createOrganisation(db, { name: 'Zorggroep Noord', owner }, 'http://groeipad.test'),
    ).rejects.toMatchObject({ errors: [{ field: 'slug', code: 'taken' }] });
    await expect(
      createOrganisation(
        db,
        { name: 'Elders', owner: { ...owner, email: 'no-address' } },
        'http://groeipad.test',
      ),
    ).rejects.toMatchObject({ errors: [{ field: 'owner.email' }] });
    expect(await db.selectFrom('organisations').select('id').execute()).toHaveLength(before.length);
  });
});
