import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayName } from '../../../shared/person-name.ts';
import { demoPassword } from '../../demo/demo-data.ts';
import { seedDemo } from '../../demo/seed.ts';
import { type OpenApiDocument, operationsOf } from '../../security/openapi-samples.ts';
import { realPathFor } from '../../security/sweep-ids.ts';
import { runJob } from '../../test/jobs.ts';
import { type Client, signInAs, startTestApp } from '../../test/test-app.ts';

// Through the real app on the demo organisation: the employee's export, HR's erasure, the owner's export.
const { app, db, config } = await startTestApp();
await seedDemo(db);
const demo = await db
  .selectFrom('organisations')
  .select('id')
  .where('is_demo', '=', true)
  .executeTakeFirstOrThrow();
const people = await db
  .selectFrom('people')
  .select(['id', 'email', 'given_name', 'family_name_prefix', 'family_name'])
  .where('organisation_id', '=', demo.id)
  .execute();
const employee = people.find((person) => person.email === 'medewerker@delinde.demo')!;
let as: Record<'owner' | 'hr' | 'employee', Client>;

beforeAll(async () => {
  as = {
    owner: await signInAs(app, { email: 'bestuurder@delinde.demo', password: demoPassword }),
    hr: await signInAs(app, { email: 'hr@delinde.demo', password: demoPassword }),
    employee: await signInAs(app, { email: employee.email, password: demoPassword }),
  };
});

async function unzip(payload: Buffer) {
  const zip = await JSZip.loadAsync(payload);
  const files: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files))
    if (!entry.dir) files[name] = await entry.async('string');
  return files;
}

describe('my data', () => {
  it('is a zip of JSON and CSV with an index in my language, holding my profile, plans, learning and more', async () => {
    const response = await as.employee.get('/api/v1/privacy/me/export');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain('attachment');
    const files = await unzip(response.rawPayload);
    expect(files['index.html']).toContain('Mijn gegevens in Groeipad');
    expect(JSON.parse(files['people/profile.json']!)[0]).toMatchObject({ email: employee.email });
    for (const file of [
      'plans/plans.json',
      'skills/skill-ratings.json',
      'recognition/kudos.json',
      'catalogue/enrolments.json',
    ])
      expect(JSON.parse(files[file]!).length, file).toBeGreaterThan(0);
    expect(files['plans/plans.csv']).toMatch(/^\ufeffid,period,state/);
  });

  it('holds the sections of workshops, programmes, WorkOuts, campaigns, consultations, SCORM, cmi5 and learning agreements', async () => {
    const files = await unzip((await as.employee.get('/api/v1/privacy/me/export')).rawPayload);
    const sections = [
      'events/workshop-registrations',
      'events/workshop-approvals',
      'events/workshop-feedback',
      'programmes/programmes-made',
      'workouts/workouts-joined',
      'workouts/workouts-led',
      'workouts/workout-next-steps',
      'campaigns/contacts',
      'campaigns/nudge-opt-outs',
      'campaigns/content-language',
      'consultations/consultations-asked',
      'consultations/consultation-responses',
      'consultations/consultation-replies',
      'scorm/scorm-attempts',
      'scorm/scorm-sco-states',
      'scorm/scorm-interactions',
      'cmi5/cmi5-registrations',
      'cmi5/cmi5-sessions',
      'cmi5/cmi5-au-states',
      'learning-agreements/learning-agreements',
      'learning-agreements/learning-agreement-followups',
    ];
    for (const section of sections) {
      expect(Array.isArray(JSON.parse(files[`${section}.json`] ?? 'null')), section).toBe(true);
      expect(files[`${section}.csv`], section).toBeDefined();
      expect(files['index.html'], section).toContain(section);
    }
    // What the demo gives this employee: a seat at the keynote, two WorkOuts with their reflection,
    // a learning agreement with follow-ups, campaign messages.
    const rows = (section: string) => JSON.parse(files[`${section}.json`]!) as Record<string, unknown>[];
    expect(rows('events/workshop-registrations').length).toBeGreaterThan(0);
    expect(rows('workouts/workouts-joined').some((row) => typeof row.reflection === 'string')).toBe(true);
    expect(rows('learning-agreements/learning-agreements').length).toBeGreaterThan(0);
    expect(rows('learning-agreements/learning-agreement-followups').length).toBeGreaterThan(0);
    expect(rows('campaigns/contacts').length).toBeGreaterThan(0);
  });

  it("holds no one else's name or e-mail address", async () => {
    const files = await unzip((await as.employee.get('/api/v1/privacy/me/export')).rawPayload);
    const leaks = Object.entries(files).flatMap(([file, text]) =>
      people
        .filter((person) => person.id !== employee.id)
        .filter((other) => text.includes(other.email) || text.includes(displayName(other)))
        .map((other) => `${file}: ${displayName(other)}`),
    );
    expect(leaks).toEqual([]);
  });
});

describe('erasure of someone who has left', () => {
  it('is refused while the person has not left, and is HR’s only', async () => {
    expect((await as.employee.post(`/api/v1/privacy/leavers/${employee.id}/erasure`)).statusCode).toBe(403);
    const refused = await as.hr.post(`/api/v1/privacy/leavers/${employee.id}/erasure`);
    expect(refused.statusCode).toBe(409);
  });

  it('leaves no endpoint that returns their name or e-mail address, and an audit trail without them', async () => {
    await db
      .updateTable('people')
      .set({ status: 'left', end_date: '2026-01-31' })
      .where('id', '=', employee.id)
      .execute();
    const erased = await as.hr.post(`/api/v1/privacy/leavers/${employee.id}/erasure`);
    expect(erased.statusCode, erased.body).toBe(200);
    expect(erased.json<{ erased: string[] }>().erased).toContain('profile');
    const leavers = (await as.hr.get('/api/v1/privacy/leavers')).json<{ id: string; isErased: boolean }[]>();
    expect(leavers.find((row) => row.id === employee.id)?.isErased).toBe(true);

    const name = displayName(employee);
    const gets = operationsOf(app.swagger() as OpenApiDocument).filter(
      (op) => op.method === 'GET' && !op.isPublic,
    );
    const leaks: string[] = [];
    for (const operation of gets) {
      const { url } = await realPathFor(db, demo.id, operation.path);
      const response = await as.owner.get(url);
      const body = response.rawPayload.toString('latin1') + response.body;
      if (body.includes(employee.email) || body.includes(name))
        leaks.push(`${operation.path} (${response.statusCode})`);
    }
    expect(leaks).toEqual([]);
    const audit = (await as.owner.get('/api/v1/events')).body;
    expect(audit).toContain('privacy.person_erased');
  });
});

describe('retention', () => {
  it('HR sets months per kind; the daily job erases what has run out and nothing else', async () => {
    const bad = await as.hr.put('/api/v1/privacy/settings', { months: { development: -1 } });
    expect(bad.statusCode).toBe(400);
    const months = { development: 1, learning: 1, skills: 1, social: 1, budgets: 84, time: 1, profile: 1 };
    const saved = await as.hr.put('/api/v1/privacy/settings', { months });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ kept: unknown[] }>().kept.length).toBeGreaterThan(0);
    const leaver = people.find((person) => person.email === 'teamleider@delinde.demo')!;
    await db
      .updateTable('people')
      .set({ status: 'left', end_date: '2025-01-31' })
      .where('id', '=', leaver.id)
      .execute();
    await runJob('privacy.retention', { db, config });
    const trail = await db
      .selectFrom('privacy_erasures')
      .select(['kind', 'erased_by'])
      .where('person_id', '=', leaver.id)
      .execute();
    expect(trail.map((row) => row.kind).sort()).toEqual([
      'development',
      'learning',
      'profile',
      'skills',
      'social',
      'time',
    ]);
    expect(trail.every((row) => row.erased_by === null)).toBe(true);
  });
});

describe("the organisation's export", () => {
  it('is the owner’s: asked for, built by the job, downloaded when ready', async () => {
    expect((await as.hr.post('/api/v1/privacy/organisation-exports')).statusCode).toBe(403);
    const asked = await as.owner.post('/api/v1/privacy/organisation-exports');
    expect(asked.statusCode).toBe(202);
    const { id } = asked.json<{ id: string }>();
    expect((await as.owner.get(`/api/v1/privacy/organisation-exports/${id}/download`)).statusCode).toBe(409);
    await runJob('privacy.organisation-exports', { db, config });
    const list = (await as.owner.get('/api/v1/privacy/organisation-exports')).json<
      { id: string; state: string }[]
    >();
    expect(list.find((row) => row.id === id)?.state).toBe('ready');
    const download = await as.owner.get(`/api/v1/privacy/organisation-exports/${id}/download`);
    expect(download.statusCode).toBe(200);
    const files = await unzip(download.rawPayload);
    expect(JSON.parse(files['people/profile.json']!).length).toBe(people.length);
  }, 120_000); // the demo carries a year of learning history, so the export is a larger zip
});
