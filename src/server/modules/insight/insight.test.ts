import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// A small organisation whose figures were counted by hand (docs/INSIGHT.md has the definitions):
//   ann (Noord):  item A started 10 Jan, finished 12 Jan; 90 min on 12 Jan; item B started 3 Feb, never finished
//   bob (Zuid, a sub-unit of Noord): item A started 5 Feb, finished 1 Mar; 30 min on 5 Feb
//   cas (Oost):   60 min on 10 Mar
//   dan (Oost):   nothing; left on 1 Apr 2026.   eve (Noord): left on 1 Mar 2025 (before the window)
//   fay, gus (Oost, planners, joined now): nothing.   Minimum group size 3 (small groups: see
//   insight.small-groups.test.ts).

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;
const people: Record<string, string> = {};
const units: Record<string, string> = {};
const items: Record<string, string> = {};
const period = 'from=2026-01-01&to=2026-03-31';

async function publishedArticle(title: string) {
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article(title))).json<Json>();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  return item.id as string;
}

async function progress(person: string, item: string, started: string, completed: string | null) {
  await sql`INSERT INTO content_progress (organisation_id, person_id, content_id, percent, started_at, updated_at, completed_at)
    VALUES (${org.organisation.id}, ${people[person]}, ${items[item]}, ${completed ? 100 : 40},
            ${`${started}T10:00:00Z`}, now(), ${completed ? `${completed}T10:00:00Z` : null})`.execute(db);
}

async function minutes(person: string, day: string, amount: number) {
  await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
    VALUES (${org.organisation.id}, ${people[person]}, ${day}, ${amount}, 'manual', 'Casus')`.execute(db);
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  units.noord = org.unit.id;
  units.zuid = (await buildOrgUnit(db, org.organisation.id, { name: 'Zuid', parentId: org.unit.id })).id;
  units.oost = (await buildOrgUnit(db, org.organisation.id, { name: 'Oost' })).id;
  const make = async (name: string, unit: string, startDate: string) => {
    people[name] = (
      await buildPerson(db, org.organisation.id, {
        givenName: name,
        orgUnitId: units[unit],
        startDate,
        jobTitle: 'Verpleegkundige',
      })
    ).id;
  };
  await make('ann', 'noord', '2020-01-01');
  await make('bob', 'zuid', '2025-01-01');
  await make('cas', 'oost', '2015-01-01');
  await make('dan', 'oost', '2024-01-01');
  await make('eve', 'noord', '2023-01-01');
  for (const name of ['fay', 'gus'])
    people[name] = (
      await buildPerson(db, org.organisation.id, {
        givenName: name,
        orgUnitId: units.oost,
        jobTitle: 'Planner',
      })
    ).id;
  await sql`INSERT INTO survey_settings (organisation_id, anonymity_threshold) VALUES (${org.organisation.id}, 3)`.execute(
    db,
  );
  await sql`UPDATE people SET status = 'left', end_date = '2026-04-01' WHERE id = ${people.dan}`.execute(db);
  await sql`UPDATE people SET status = 'left', end_date = '2025-03-01' WHERE id = ${people.eve}`.execute(db);
  items.a = await publishedArticle('Valpreventie');
  items.b = await publishedArticle('Wondzorg');
  await progress('ann', 'a', '2026-01-10', '2026-01-12');
  await progress('ann', 'b', '2026-02-03', null);
  await progress('bob', 'a', '2026-02-05', '2026-03-01');
  await minutes('ann', '2026-01-12', 90);
  await minutes('bob', '2026-02-05', 30);
  await minutes('cas', '2026-03-10', 60);
  await runJob('insight.refresh', { db, config });
});

describe('organisation dashboard', () => {
  it('counts active learners, hours and completions per month as counted by hand', async () => {
    const answer = await org.as.hrAdmin.get(`/api/v1/insight/organisation?${period}`);
    expect(answer.statusCode, answer.body).toBe(200);
    const dashboard = answer.json<Json>();
    expect(dashboard.totals).toMatchObject({ activeLearners: 3, learningHours: 3, completions: 2 });
    expect(dashboard.months).toEqual([
      { month: '2026-01', activeLearners: 1, learningHours: 1.5, completions: 1 },
      { month: '2026-02', activeLearners: 2, learningHours: 0.5, completions: 0 },
      { month: '2026-03', activeLearners: 2, learningHours: 1, completions: 1 },
    ]);
    const byTitle = Object.fromEntries(dashboard.items.map((row: Json) => [row.subject.title, row]));
    expect(byTitle.Valpreventie).toMatchObject({
      started: 2,
      finishedOfStarted: 2,
      droppedOff: 0,
      completed: 2,
    });
    expect(byTitle.Wondzorg).toMatchObject({
      started: 1,
      finishedOfStarted: 0,
      droppedOff: 1,
      completionRate: 0,
    });
    expect(dashboard.formats).toEqual([
      {
        format: 'article',
        started: 3,
        finishedOfStarted: 2,
        droppedOff: 1,
        completionRate: 66.7,
        completed: 2,
      },
    ]);
    expect(dashboard.cost).toEqual({ hourlyRateCents: 4500, learningHours: 3, timeCostCents: 13_500 });
  });

  it('narrows to a job title, and leaves out a unit filter that would single out someone', async () => {
    const nurses = (
      await org.as.ldAdmin.get(`/api/v1/insight/organisation?${period}&jobTitle=verpleegkundige`)
    ).json<Json>();
    // ann, bob and cas (dan and eve left): all three learned; 7 people outside the filter.
    expect(nurses.totals).toMatchObject({ people: 3, activeLearners: 3, learningHours: 3, completions: 2 });
    // Without a filter Noord's own people (6) are shown and Zuid (bob) and Oost (3) are not (Zuid alone
    // is too small, so Oost is hidden with it). Noord with its sub-unit Zuid minus Noord's own row would
    // be bob; Oost alone would give Zuid as the total − Noord − Oost. So neither unit filter shows.
    const noord = (
      await org.as.ldAdmin.get(`/api/v1/insight/organisation?${period}&unitId=${units.noord}`)
    ).json<Json>();
    expect(noord.totals).toBeNull();
    const oost = (
      await org.as.ldAdmin.get(`/api/v1/insight/organisation?${period}&unitId=${units.oost}`)
    ).json<Json>();
    expect(oost).toMatchObject({ totals: null, units: [], items: [] });
    const both = await org.as.ldAdmin.get(
      `/api/v1/insight/organisation?${period}&unitId=${units.oost}&jobTitle=Planner`,
    );
    expect(both.statusCode).toBe(400);
    expect(both.json<Json>().errors[0]).toMatchObject({ field: 'jobTitle', code: 'oneFilter' });
  });

  it('refuses employees and managers, and a period or unit that makes no sense, naming the field', async () => {
    expect((await org.as.employee.get('/api/v1/insight/organisation')).statusCode).toBe(403);
    expect((await org.as.manager.get('/api/v1/insight/goals')).statusCode).toBe(403);
    const backwards = await org.as.hrAdmin.get('/api/v1/insight/organisation?from=2026-03-01&to=2026-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json<Json>().errors[0].field).toBe('from');
    const other = await buildOrganisationWithRoles(app, db);
    const foreign = await other.as.hrAdmin.get(`/api/v1/insight/organisation?unitId=${units.noord}`);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<Json>().errors[0]).toMatchObject({ field: 'unitId', code: 'unknownReference' });
    // Another organisation's figures never show: its own dashboard is empty.
    const theirs = (await other.as.hrAdmin.get(`/api/v1/insight/organisation?${period}`)).json<Json>();
    expect(theirs.totals).toMatchObject({ activeLearners: 0, learningHours: 0, completions: 0 });
  });
});

describe('retention', () => {
  it('compares 12-month retention of learners and non-learners with the counts behind it', async () => {
    const answer = await org.as.hrAdmin.get('/api/v1/insight/retention?to=2026-06-30');
    expect(answer.statusCode).toBe(200);
    const retention = answer.json<Json>();
    expect(retention.window).toEqual({ from: '2025-06-30', to: '2026-06-30' });
    // ann, bob and cas learned (a completion or an hour); dan did not and left; eve left before the window;
    // fay and gus joined after it opened. Dan alone is fewer than the minimum (3): his side is left out.
    expect(retention.threshold).toBe(3);
    expect(retention.overall).toEqual({
      learned: { people: 3, retained: 3, percent: 100 },
      notLearned: null,
    });
    // Per tenure band and per unit every side holds one person: none is shown.
    for (const row of [...retention.byTenure, ...retention.byUnit])
      expect([row.learned, row.notLearned]).toEqual([null, null]);
    expect(retention.byTenure.map((row: Json) => row.band)).toEqual(['0-1', '1-3', '3-10', '10+', 'unknown']);
  });
});

describe('team and personal views', () => {
  it('shows a manager only their direct reports, and someone without reports nobody', async () => {
    const team = (await org.as.manager.get('/api/v1/insight/team')).json<Json>();
    expect(team.members.map((member: Json) => member.person.id)).toEqual([org.people.employee.id]);
    expect(team.totals).toMatchObject({ members: 1, planStates: { none: 1 } });
    const lead = await buildPerson(db, org.organisation.id, { givenName: 'Lea', password: testPassword });
    await sql`UPDATE people SET manager_id = ${lead.id} WHERE id IN (${people.ann}, ${people.bob})`.execute(
      db,
    );
    const leads = (await (await signInAs(app, lead)).get('/api/v1/insight/team')).json<Json>();
    expect(leads.members.map((member: Json) => member.person.id).sort()).toEqual(
      [people.ann, people.bob].sort(),
    );
    expect(JSON.stringify(leads)).not.toContain(org.people.employee.id);
    expect((await org.as.employee.get('/api/v1/insight/team')).json<Json>().members).toEqual([]);
  });

  it('picks up new learning on the next refresh, reading only the days that changed', async () => {
    const today = (await org.as.employee.get('/api/v1/insight/me')).json<Json>();
    const thisMonth = today.months.at(-1);
    expect(thisMonth.minutes).toBe(0);
    const day = today.week.weekStart as string;
    await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      VALUES (${org.organisation.id}, ${org.people.employee.id}, CURRENT_DATE, 45, 'manual', 'Leesclub')`.execute(
      db,
    );
    const results = (await runJob('insight.refresh', { db, config })) as Record<string, Json>;
    // Only recent days are redone (the fixture days again too: rows from the last 5 minutes are read twice).
    expect(results[org.organisation.id]).toMatchObject({ rebuilt: false });
    expect(results[org.organisation.id]!.learningDays).toBeLessThan(6);
    const after = (await org.as.employee.get('/api/v1/insight/me')).json<Json>();
    expect(after.months.at(-1).minutes).toBe(45);
    expect(after.year.minutes).toBe(45);
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("shows the last refresh's figures to every admin until the next one, and a new hourly rate at once", async () => {
    const hoursNow = async () =>
      (await org.as.ldAdmin.get(`/api/v1/insight/organisation?${period}`)).json<Json>().totals.learningHours;
    expect(await hoursNow()).toBe(3);
    await minutes('cas', '2026-03-20', 60);
    // The summary tables are the job's: until it runs, everyone reads the same answer (refreshedAt says when).
    expect(await hoursNow()).toBe(3);
    await runJob('insight.refresh', { db, config });
    expect(await hoursNow()).toBe(4);
    const rate = await org.as.hrAdmin.put('/api/v1/insight/settings', { hourlyRateCents: 5000 });
    expect(rate.statusCode, rate.body).toBe(200);
    const cost = (await org.as.hrAdmin.get(`/api/v1/insight/organisation?${period}`)).json<Json>().cost;
    expect(cost).toEqual({ hourlyRateCents: 5000, learningHours: 4, timeCostCents: 20_000 });
  });
});
