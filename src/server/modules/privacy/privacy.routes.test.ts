import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../test/test-app.ts';

// Per route of the privacy area: 401 without a session, 403 for the wrong role, 400 naming the field,
// 404 for an unknown id and another organisation's, and a refused request changes nothing.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let leaverId: string;
let otherLeaverId: string;
let otherExportId: string;

const months = { development: 12, learning: 24, skills: 12, social: 6, budgets: 84, time: 24, profile: 24 };
type FieldErrors = { errors: { field: string; message: string }[] };

async function leaverIn(organisationId: string, givenName: string) {
  const person = await buildPerson(db, organisationId, { givenName, status: 'left' });
  await db.updateTable('people').set({ end_date: '2025-06-30' }).where('id', '=', person.id).execute();
  return person.id;
}

const erasures = async (personId: string) =>
  (await db.selectFrom('privacy_erasures').select('kind').where('person_id', '=', personId).execute()).length;
const exportsOf = async (organisationId: string) =>
  (
    await db
      .selectFrom('privacy_organisation_exports')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .execute()
  ).length;
const settingsOf = async (client: Client) =>
  (await client.get('/api/v1/privacy/settings')).json<{ months: unknown }>().months;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  leaverId = await leaverIn(org.organisation.id, 'Lotte');
  otherLeaverId = await leaverIn(other.organisation.id, 'Okke');
  // Another organisation's export that is ready, as the job leaves it.
  otherExportId = (
    await db
      .insertInto('privacy_organisation_exports')
      .values({
        organisation_id: other.organisation.id,
        requested_by: other.people.owner.id,
        state: 'ready',
        storage_key: `exports/${randomUUID()}.zip`,
        ready_at: new Date(),
        size_bytes: 10,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});

describe('401 without a session, on every privacy route', () => {
  it('refuses reads and changes alike, and changes nothing', async () => {
    const anonymous = org.anonymous;
    expect((await anonymous.get('/api/v1/privacy/me/export')).statusCode).toBe(401);
    expect((await anonymous.get('/api/v1/privacy/settings')).statusCode).toBe(401);
    expect((await anonymous.put('/api/v1/privacy/settings', { months })).statusCode).toBe(401);
    expect((await anonymous.get('/api/v1/privacy/leavers')).statusCode).toBe(401);
    expect((await anonymous.post(`/api/v1/privacy/leavers/${leaverId}/erasure`)).statusCode).toBe(401);
    expect((await anonymous.get('/api/v1/privacy/organisation-exports')).statusCode).toBe(401);
    expect((await anonymous.post('/api/v1/privacy/organisation-exports')).statusCode).toBe(401);
    expect(
      (await anonymous.get(`/api/v1/privacy/organisation-exports/${otherExportId}/download`)).statusCode,
    ).toBe(401);
    // A session cookie that is not a session is no better.
    const forged = await app.inject({
      method: 'GET',
      url: '/api/v1/privacy/me/export',
      headers: { cookie: 'gp_session=not-a-session' },
    });
    expect(forged.statusCode).toBe(401);
    expect(await erasures(leaverId)).toBe(0);
    expect(await exportsOf(org.organisation.id)).toBe(0);
  });
});

describe('403 for the wrong role', () => {
  it('settings, leavers and erasure are HR’s (people.manage): not the L&D admin, manager or employee', async () => {
    const before = await settingsOf(org.as.hrAdmin);
    for (const client of [org.as.ldAdmin, org.as.manager, org.as.employee]) {
      expect((await client.get('/api/v1/privacy/settings')).statusCode).toBe(403);
      expect((await client.put('/api/v1/privacy/settings', { months })).statusCode).toBe(403);
      expect((await client.get('/api/v1/privacy/leavers')).statusCode).toBe(403);
      expect((await client.post(`/api/v1/privacy/leavers/${leaverId}/erasure`)).statusCode).toBe(403);
    }
    expect(await settingsOf(org.as.hrAdmin)).toEqual(before);
    expect(await erasures(leaverId)).toBe(0);
  });

  it('the organisation export is the owner’s only: not HR, nor anyone else', async () => {
    for (const client of [org.as.hrAdmin, org.as.ldAdmin, org.as.manager, org.as.employee]) {
      expect((await client.get('/api/v1/privacy/organisation-exports')).statusCode).toBe(403);
      expect((await client.post('/api/v1/privacy/organisation-exports')).statusCode).toBe(403);
      expect(
        (await client.get(`/api/v1/privacy/organisation-exports/${randomUUID()}/download`)).statusCode,
      ).toBe(403);
    }
    expect(await exportsOf(org.organisation.id)).toBe(0);
  });

  it('everyone signed in may take their own data', async () => {
    for (const client of [org.as.employee, org.as.manager, org.as.owner]) {
      const mine = await client.get('/api/v1/privacy/me/export');
      expect(mine.statusCode).toBe(200);
      expect(mine.headers['content-type']).toBe('application/zip');
    }
  });
});

describe('400 naming the field, nothing half-applied', () => {
  it('PUT /privacy/settings: months out of range, not whole, missing or not a number', async () => {
    const before = await settingsOf(org.as.hrAdmin);
    const cases: [unknown, string][] = [
      [{ months: { ...months, development: -1 } }, 'months.development'],
      [{ months: { ...months, learning: 121 } }, 'months.learning'],
      [{ months: { ...months, skills: 1.5 } }, 'months.skills'],
      [{ months: { ...months, social: 'six' } }, 'months.social'],
      [{ months: (({ profile: _profile, ...rest }) => rest)(months) }, 'months.profile'],
      [{}, 'months'],
    ];
    for (const [body, field] of cases) {
      const refused = await org.as.hrAdmin.put('/api/v1/privacy/settings', body);
      expect(refused.statusCode, field).toBe(400);
      expect(refused.json<FieldErrors>().errors.map((error) => error.field)).toContain(field);
    }
    // One bad kind among good ones: none of the good ones is saved either.
    await org.as.hrAdmin.put('/api/v1/privacy/settings', { months: { ...months, time: 1, budgets: -5 } });
    expect(await settingsOf(org.as.hrAdmin)).toEqual(before);
  });

  it('ids that are no ids: erasure and download name the id', async () => {
    const erase = await org.as.hrAdmin.post('/api/v1/privacy/leavers/not-a-uuid/erasure');
    expect(erase.statusCode).toBe(400);
    expect(erase.json<FieldErrors>().errors.map((error) => error.field)).toContain('params.id');
    const download = await org.as.owner.get('/api/v1/privacy/organisation-exports/not-a-uuid/download');
    expect(download.statusCode).toBe(400);
    expect(download.json<FieldErrors>().errors.map((error) => error.field)).toContain('params.id');
  });
});

describe("404 for an unknown id and for another organisation's", () => {
  it('erasure: an unknown person, or a leaver of another organisation, who keeps their data', async () => {
    expect((await org.as.hrAdmin.post(`/api/v1/privacy/leavers/${randomUUID()}/erasure`)).statusCode).toBe(
      404,
    );
    const theirs = await org.as.hrAdmin.post(`/api/v1/privacy/leavers/${otherLeaverId}/erasure`);
    expect(theirs.statusCode).toBe(404);
    expect(await erasures(otherLeaverId)).toBe(0);
    const person = await db
      .selectFrom('people')
      .select('given_name')
      .where('id', '=', otherLeaverId)
      .executeTakeFirstOrThrow();
    expect(person.given_name).toBe('Okke');
    // Nor is the other organisation's leaver in this organisation's list.
    const leavers = (await org.as.hrAdmin.get('/api/v1/privacy/leavers')).json<{ id: string }[]>();
    expect(leavers.map((row) => row.id)).toEqual([leaverId]);
  });

  it("download: an unknown export, or another organisation's ready one", async () => {
    expect(
      (await org.as.owner.get(`/api/v1/privacy/organisation-exports/${randomUUID()}/download`)).statusCode,
    ).toBe(404);
    const theirs = await org.as.owner.get(`/api/v1/privacy/organisation-exports/${otherExportId}/download`);
    expect(theirs.statusCode).toBe(404);
    expect(theirs.headers['content-type']).not.toContain('application/zip');
    const list = (await org.as.owner.get('/api/v1/privacy/organisation-exports')).json<{ id: string }[]>();
    expect(list.map((row) => row.id)).not.toContain(otherExportId);
  });
});

describe('409: erasure of someone who has not left', () => {
  it('is refused naming the status, and erases nothing', async () => {
    const refused = await org.as.hrAdmin.post(`/api/v1/privacy/leavers/${org.people.employee.id}/erasure`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<FieldErrors>().errors.map((error) => error.field)).toContain('status');
    expect(await erasures(org.people.employee.id)).toBe(0);
    expect((await org.as.hrAdmin.get(`/api/v1/people/${org.people.employee.id}`)).statusCode).toBe(200);
  });

  it('the owner is allowed where HR is, and the leaver of this organisation is erased', async () => {
    const erased = await org.as.owner.post(`/api/v1/privacy/leavers/${leaverId}/erasure`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json<{ erased: string[] }>().erased).toContain('profile');
    expect(await erasures(otherLeaverId)).toBe(0);
  });
});
