import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { answerAll, pulseBody, teamOf } from './surveys.fixtures.ts';

// Pulse surveys through the real app: sending, answering once, anonymity by construction, and the
// threshold (default 5) on every way to read results.
const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Results = {
  isShown: boolean;
  respondents: number | null;
  questions: { mean: number | null; counts: { count: number }[]; texts: string[] }[];
  groups: { id: string }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

async function sendTo(unitIds: string[]) {
  const created = await org.as.hrAdmin.post('/api/v1/surveys', pulseBody({ audience: { unitIds } }));
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const sent = await org.as.hrAdmin.post(`/api/v1/surveys/${id}/schedule`, { closesAt });
  expect(sent.statusCode, sent.body).toBe(200);
  expect(sent.json<{ status: string }>().status).toBe('open');
  return id;
}

const close = async (id: string) =>
  expect((await org.as.hrAdmin.post(`/api/v1/surveys/${id}/close`)).statusCode).toBe(200);
const resultsOf = async (id: string, query = '') =>
  (await org.as.hrAdmin.get(`/api/v1/surveys/${id}/results${query}`)).json<Results>();

describe('a pulse survey', () => {
  it('invites its audience on the bell and by e-mail, takes one answer each, and shows results after closing', async () => {
    const team = await teamOf(app, db, org.organisation.id, 'Team Zon', 5);
    const id = await sendTo([team.unit.id]);
    const bell = (await team.members[0]!.get('/api/v1/notifications')).json<{ items: { title: string }[] }>();
    expect(bell.items.map((item) => item.title)).toContain('Korte vragenlijst: Hoe gaat het?');
    const mine = (await team.members[0]!.get('/api/v1/my-surveys')).json<
      { id: string; hasAnswered: boolean }[]
    >();
    expect(mine).toEqual([expect.objectContaining({ id, hasAnswered: false })]);
    // Someone outside the audience does not see it at all.
    expect((await org.as.employee.get(`/api/v1/surveys/${id}/form`)).statusCode).toBe(404);

    for (const [index, member] of team.members.entries()) await answerAll(member, id, index + 1);
    expect((await team.members[0]!.post(`/api/v1/surveys/${id}/answers`, { answers: [] })).statusCode).toBe(
      409,
    );
    // While open nothing is shown: watching results move would single people out.
    expect((await resultsOf(id)).isShown).toBe(false);
    await close(id);
    const result = await resultsOf(id);
    expect(result.isShown).toBe(true);
    expect(result.respondents).toBe(5);
    expect(result.questions[0]!.mean).toBe(3);
    expect(result.questions[0]!.counts.map((c) => c.count)).toEqual([1, 1, 1, 1, 1]);
    expect(result.questions[2]!.texts).toEqual(['idee 1', 'idee 2', 'idee 3', 'idee 4', 'idee 5']);
  });

  it('refuses a missing Likert answer naming the field, and changes nothing', async () => {
    const team = await teamOf(app, db, org.organisation.id, 'Team Maan', 1);
    const id = await sendTo([team.unit.id]);
    const refused = await team.members[0]!.post(`/api/v1/surveys/${id}/answers`, { answers: [] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('answers.0.value');
    const mine = (await team.members[0]!.get('/api/v1/my-surveys')).json<{ hasAnswered: boolean }[]>();
    expect(mine[0]!.hasAnswered).toBe(false);
  });

  it('stores answers without anyone’s identity: no person column and no time', async () => {
    const columns = await db
      .selectFrom('information_schema.columns' as never)
      .select(['table_name' as never, 'column_name' as never])
      .where('table_name' as never, 'in', ['survey_responses', 'survey_answers'] as never)
      .execute();
    const names = columns.map((column) => (column as { column_name: string }).column_name);
    expect(names.filter((name) => /person|created|_at$|_on$|by$/.test(name))).toEqual([]);
  });
});

describe('the anonymity threshold', () => {
  it('a group of 4 answers with threshold 5 gives nothing through any endpoint, filter or export', async () => {
    const team = await teamOf(app, db, org.organisation.id, 'Team Vier', 4, org.people.manager.id);
    const id = await sendTo([team.unit.id]);
    for (const member of team.members) await answerAll(member, id, 4);
    await close(id);
    for (const query of ['', `?unitId=${team.unit.id}`, '?roleGroup=employee', '?roleGroup=manager']) {
      const result = await resultsOf(id, query);
      expect(result, query).toMatchObject({ isShown: false, respondents: null, questions: [], groups: [] });
      const csv = await org.as.hrAdmin.get(`/api/v1/surveys/${id}/results.csv${query}`);
      expect(csv.statusCode).toBe(200);
      expect(csv.body).not.toMatch(/idee|;4;|Ik heb plezier/);
      expect(csv.body.trim().split('\r\n')).toHaveLength(2);
    }
    // The survey list says how many answered in total, never per group.
    const list = (await org.as.hrAdmin.get('/api/v1/surveys')).json<{ id: string; answered: number }[]>();
    expect(list.find((s) => s.id === id)?.answered).toBe(4);
  });

  it('no difference attack: a big group is hidden too when total minus it would reveal a small one', async () => {
    const big = await teamOf(app, db, org.organisation.id, 'Team Groot', 7);
    const small = await teamOf(app, db, org.organisation.id, 'Team Klein', 3);
    const id = await sendTo([big.unit.id, small.unit.id]);
    for (const member of [...big.members, ...small.members]) await answerAll(member, id, 2);
    await close(id);
    const total = await resultsOf(id);
    expect(total.respondents).toBe(10);
    // Team Groot alone would pass (7), but 10 − 7 = 3 would reveal Team Klein: both stay hidden.
    expect((await resultsOf(id, `?unitId=${big.unit.id}`)).isShown).toBe(false);
    expect((await resultsOf(id, `?unitId=${small.unit.id}`)).isShown).toBe(false);
    expect(total.groups.map((group) => group.id)).not.toContain(big.unit.id);
  });

  it('one filter at a time; the threshold is never below 3', async () => {
    const id = await sendTo([org.unit.id]);
    const both = await org.as.hrAdmin.get(
      `/api/v1/surveys/${id}/results?unitId=${org.unit.id}&roleGroup=manager`,
    );
    expect(both.statusCode).toBe(400);
    const low = await org.as.hrAdmin.put('/api/v1/survey-settings', { anonymityThreshold: 2 });
    expect(low.statusCode).toBe(400);
    expect((await org.as.hrAdmin.get('/api/v1/survey-settings')).json()).toEqual({ anonymityThreshold: 5 });
  });
});

describe('scheduling', () => {
  it('the job opens a scheduled survey when its time comes and closes it after', async () => {
    const created = await org.as.hrAdmin.post(
      '/api/v1/surveys',
      pulseBody({ audience: { unitIds: [org.unit.id] } }),
    );
    const id = created.json<{ id: string }>().id;
    const opensAt = new Date(Date.now() + 86_400_000).toISOString();
    const closesAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const scheduled = await org.as.hrAdmin.post(`/api/v1/surveys/${id}/schedule`, { opensAt, closesAt });
    expect(scheduled.json<{ status: string }>().status).toBe('scheduled');
    await db
      .updateTable('surveys')
      .set({ opens_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    expect(await runJob('surveys.schedule', { db, config })).toMatchObject({ opened: 1 });
    const mine = (await org.as.employee.get('/api/v1/my-surveys')).json<{ id: string }[]>();
    expect(mine.map((s) => s.id)).toContain(id);
    await db
      .updateTable('surveys')
      .set({ closes_at: new Date(Date.now() - 1000) })
      .where('id', '=', id)
      .execute();
    expect(await runJob('surveys.schedule', { db, config })).toMatchObject({ closed: 1 });
  });
});

describe('tenancy and access', () => {
  it('another organisation finds nothing; an employee may not run surveys', async () => {
    const id = await sendTo([org.unit.id]);
    for (const url of [`/surveys/${id}`, `/surveys/${id}/results`, `/surveys/${id}/form`])
      expect((await other.as.owner.get(`/api/v1${url}`)).statusCode, url).toBe(404);
    expect((await other.as.owner.post(`/api/v1/surveys/${id}/close`)).statusCode).toBe(404);
    expect((await other.as.employee.post(`/api/v1/surveys/${id}/answers`, { answers: [] })).statusCode).toBe(
      404,
    );
    expect((await org.as.employee.get('/api/v1/surveys')).statusCode).toBe(403);
    expect((await org.as.employee.get(`/api/v1/surveys/${id}/results`)).statusCode).toBe(403);
    expect((await org.as.manager.post('/api/v1/surveys', pulseBody())).statusCode).toBe(403);
  });
});
