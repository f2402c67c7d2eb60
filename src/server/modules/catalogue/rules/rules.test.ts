import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildPerson } from '../../../factories/factories.ts';
import { inDays } from '../../../test/calendar.ts';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { article } from '../catalogue.fixtures.ts';

// Audience rules are evaluated on change: creating, updating or importing people enrols whoever a
// rule now reaches in the same request, without waiting for the 15-minute job.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

type Json = { id: string; [key: string]: unknown };

async function publishedCourse(title: string): Promise<Json> {
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article(`${title}: start`))).json();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  const course = (
    await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title,
      sections: [{ title: 'Start', contentIds: [item.id] }],
    })
  ).json();
  await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, { status: 'published' });
  return course;
}

async function rule(body: Record<string, unknown>) {
  const response = await org.as.ldAdmin.post('/api/v1/catalogue/rules', { dueDays: 30, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const enrolmentsOf = (personId: string) =>
  forOrganisation(db, org.organisation.id)
    .selectFrom('enrolments')
    .select(['subject_id', 'source', 'rule_id', 'due_date'])
    .where('person_id', '=', personId)
    .execute();

const bellOf = (personId: string) =>
  forOrganisation(db, org.organisation.id)
    .selectFrom('notifications')
    .select(['kind', 'title'])
    .where('person_id', '=', personId)
    .execute();

describe('audience rules on change', () => {
  it('enrol a person created in a unit the rule reaches, with a due date and a bell notification', async () => {
    const course = await publishedCourse('Welkom in het team');
    const made = await rule({
      name: 'Iedereen in het team',
      condition: 'in_unit',
      parameter: org.unit.id,
      subject: { type: 'course', id: course.id },
    });
    const created = await org.as.hrAdmin.post('/api/v1/people', {
      givenName: 'Noor',
      familyName: 'Nieuw',
      email: 'noor.nieuw@example.test',
      orgUnitId: org.unit.id,
    });
    expect(created.statusCode).toBe(201);
    const enrolments = await enrolmentsOf(created.json().id);
    expect(enrolments).toEqual([
      { subject_id: course.id, source: 'rule', rule_id: made.id, due_date: inDays(30) },
    ]);
    expect(await bellOf(created.json().id)).toEqual([
      { kind: 'learning.assigned', title: 'Nieuw leren voor jou: "Welkom in het team"' },
    ]);
    // Someone created elsewhere is not reached.
    const elsewhere = await org.as.hrAdmin.post('/api/v1/people', {
      givenName: 'Ella',
      familyName: 'Elders',
      email: 'ella.elders@example.test',
    });
    expect(await enrolmentsOf(elsewhere.json().id)).toEqual([]);
  });

  it('enrol someone whose start date moves within the window, and a new manager', async () => {
    const onboarding = await publishedCourse('Onboarding');
    const leadership = await publishedCourse('Leidinggeven: de eerste maanden');
    await rule({
      name: 'Nieuwe collega’s',
      condition: 'starts_within_days',
      parameter: '30',
      subject: { type: 'course', id: onboarding.id },
    });
    await rule({
      name: 'Nieuwe leidinggevenden',
      condition: 'is_manager',
      subject: { type: 'course', id: leadership.id },
    });
    const starter = await buildPerson(db, org.organisation.id, { givenName: 'Sam' });
    const lead = await buildPerson(db, org.organisation.id, { givenName: 'Lotte' });
    expect(await enrolmentsOf(starter.id)).toEqual([]);

    const moved = await org.as.hrAdmin.patch(`/api/v1/people/${starter.id}`, { startDate: inDays(10) });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await enrolmentsOf(starter.id)).map((e) => e.subject_id)).toEqual([onboarding.id]);

    // Lotte becomes a manager when Sam reports to her.
    await org.as.hrAdmin.patch(`/api/v1/people/${starter.id}`, { managerId: lead.id });
    expect((await enrolmentsOf(lead.id)).map((e) => e.subject_id)).toEqual([leadership.id]);
    expect((await enrolmentsOf(starter.id)).map((e) => e.subject_id)).toEqual([onboarding.id]);
  });

  it('enrol the managers an HR import makes', async () => {
    const course = await publishedCourse('Leiderschap na de import');
    await rule({
      name: 'Leidinggevenden',
      condition: 'is_manager',
      subject: { type: 'course', id: course.id },
    });
    const csv =
      'Personeelsnummer;Voornaam;Achternaam;E-mailadres;Leidinggevende\r\n' +
      '7001;Iris;Import;iris.import@example.test;7002\r\n' +
      '7002;Bram;Baas;bram.baas@example.test;\r\n';
    const file = await uploadPeople(org.as.hrAdmin, csv);
    const applied = await org.as.hrAdmin.post(`/api/v1/imports/people/uploads/${file.uploadId}/apply`, {
      mapping: file.suggestedMapping,
      deactivateMissing: false,
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const bram = (await org.as.hrAdmin.get('/api/v1/people?q=7002')).json().items[0];
    const iris = (await org.as.hrAdmin.get('/api/v1/people?q=7001')).json().items[0];
    // Every manager rule reaches him (the earlier test's one too), his report none.
    expect((await enrolmentsOf(bram.id)).map((e) => e.subject_id)).toContain(course.id);
    expect(await enrolmentsOf(iris.id)).toEqual([]);
  });
});

/** Uploads a people CSV as multipart/form-data, the way the import screen does. */
async function uploadPeople(client: Client, csv: string) {
  const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mensen.csv"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    Buffer.from(csv, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await client.request('POST', '/api/v1/imports/people/uploads', body, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}
