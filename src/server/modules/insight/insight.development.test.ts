import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Budget use by unit, conversation-cycle completion and skills gaps, counted by hand (minimum group 3):
//   Noord n1–n4 (n4 is an "Arts", the rest "Verpleegkundige"), Oost o1–o3, West w1–w2; budgets 2026:
//   Noord 4 × €1,000, Oost 3 × €800, West 2 × €500. Requests: n1 completed €500 spent (Academie A),
//   n2 approved €300 (Academie A), n3 completed €200 (Academie A), n4 approved €100 (Solo BV),
//   o1 completed €400 (Academie A), o2 pending €999.99 (not counted), w1 approved €250, w2 approved €50
//   (Solo BV). Cycle "Voorjaar" (Feb–Apr): n1 signed, n2 held, n3 prepared, n4 open, o1 signed; cycle
//   "Klein": w1, w2. Role "Verpleegkunde" asks Wondzorg at 3 of n1, n2, n3, o1; role "Planner" asks
//   Rooster at 2 of w1 only.

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;
const p: Record<string, string> = {};
const units: Record<string, string> = {};
const period = 'from=2026-01-01&to=2026-06-30';

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const orgId = org.organisation.id;
  units.noord = org.unit.id;
  units.oost = (await buildOrgUnit(db, orgId, { name: 'Oost' })).id;
  units.west = (await buildOrgUnit(db, orgId, { name: 'West' })).id;
  await sql`INSERT INTO survey_settings (organisation_id, anonymity_threshold) VALUES (${orgId}, 3)`.execute(
    db,
  );
  const plan: [string, string, number][] = [
    ['n1', 'noord', 100000],
    ['n2', 'noord', 100000],
    ['n3', 'noord', 100000],
    ['n4', 'noord', 100000],
    ['o1', 'oost', 80000],
    ['o2', 'oost', 80000],
    ['o3', 'oost', 80000],
    ['w1', 'west', 50000],
    ['w2', 'west', 50000],
  ];
  const budgets: Record<string, string> = {};
  for (const [name, unit, cents] of plan) {
    p[name] = (
      await buildPerson(db, orgId, {
        givenName: name,
        orgUnitId: units[unit],
        jobTitle: name === 'n4' ? 'Arts' : 'Verpleegkundige',
      })
    ).id;
    const row = await sql<{
      id: string;
    }>`INSERT INTO development_budgets (organisation_id, person_id, year, amount_cents, source)
      VALUES (${orgId}, ${p[name]}, 2026, ${cents}, 'manual') RETURNING id`.execute(db);
    budgets[name] = row.rows[0]!.id;
  }
  const request = (name: string, provider: string, state: string, cost: number, spent: number | null) =>
    sql`INSERT INTO budget_requests (organisation_id, budget_id, person_id, provider, title, cost_cents, motivation, state, spent_cents)
      VALUES (${orgId}, ${budgets[name]}, ${p[name]}, ${provider}, 'Cursus', ${cost}, 'Groei', ${state}, ${spent})`.execute(
      db,
    );
  await request('n1', 'Academie A', 'completed', 60000, 50000);
  await request('n2', 'Academie A', 'approved', 30000, null);
  await request('n3', 'Academie A', 'completed', 20000, 20000);
  await request('n4', 'Solo BV', 'approved', 10000, null);
  await request('o1', 'Academie A', 'completed', 40000, 40000);
  await request('o2', 'Academie A', 'pending_hr', 99999, null);
  await request('w1', 'Solo BV', 'approved', 25000, null);
  await request('w2', 'Solo BV', 'approved', 5000, null);

  const cycle = async (name: string, startsOn: string, endsOn: string) =>
    (
      await sql<{
        id: string;
      }>`INSERT INTO conversation_cycles (organisation_id, name, template_key, template, starts_on, ends_on, preparation_due, sign_off_due)
        VALUES (${orgId}, ${name}, 'standard', '{}'::jsonb, ${startsOn}, ${endsOn}, ${startsOn}, ${endsOn}) RETURNING id`.execute(
        db,
      )
    ).rows[0]!.id;
  const spring = await cycle('Voorjaar', '2026-02-01', '2026-04-30');
  const small = await cycle('Klein', '2026-03-01', '2026-03-31');
  await cycle('Vorig jaar', '2025-02-01', '2025-04-30');
  const talk = (cycleId: string, name: string, step: 'open' | 'prepared' | 'held' | 'signed') => {
    const at = '2026-03-01T10:00:00Z';
    const steps = ['open', 'prepared', 'held', 'signed'].indexOf(step);
    return sql`INSERT INTO conversations (organisation_id, cycle_id, employee_id, manager_id, prepared_at, held_at, employee_signed_at, manager_signed_at)
      VALUES (${orgId}, ${cycleId}, ${p[name]}, ${org.people.manager.id}, ${steps >= 1 ? at : null},
              ${steps >= 2 ? at : null}, ${steps >= 3 ? at : null}, ${steps >= 3 ? at : null})`.execute(db);
  };
  await talk(spring, 'n1', 'signed');
  await talk(spring, 'n2', 'held');
  await talk(spring, 'n3', 'prepared');
  await talk(spring, 'n4', 'open');
  await talk(spring, 'o1', 'signed');
  await talk(small, 'w1', 'signed');
  await talk(small, 'w2', 'signed');

  const skill = async (name: string) =>
    (
      await sql<{
        id: string;
      }>`INSERT INTO skills (organisation_id, name_nl, name_en) VALUES (${orgId}, ${name}, ${name}) RETURNING id`.execute(
        db,
      )
    ).rows[0]!.id;
  const role = async (name: string, skillId: string, target: number, holders: string[]) => {
    const id = (
      await sql<{
        id: string;
      }>`INSERT INTO job_roles (organisation_id, name_nl, name_en) VALUES (${orgId}, ${name}, ${name}) RETURNING id`.execute(
        db,
      )
    ).rows[0]!.id;
    await sql`INSERT INTO job_role_skills (organisation_id, job_role_id, skill_id, target_level) VALUES (${orgId}, ${id}, ${skillId}, ${target})`.execute(
      db,
    );
    for (const holder of holders)
      await sql`INSERT INTO person_job_roles (organisation_id, person_id, job_role_id) VALUES (${orgId}, ${p[holder]}, ${id})`.execute(
        db,
      );
  };
  const wondzorg = await skill('Wondzorg');
  const rooster = await skill('Rooster');
  await role('Verpleegkunde', wondzorg, 3, ['n1', 'n2', 'n3', 'o1']);
  await role('Planner', rooster, 2, ['w1']);
  const rate = (name: string, skillId: string, source: string, level: number, on: string) =>
    sql`INSERT INTO skill_ratings (organisation_id, person_id, skill_id, source, level, rated_on, rater_id)
      VALUES (${orgId}, ${p[name]}, ${skillId}, ${source}, ${level}, ${on},
              ${source === 'self' ? p[name] : org.people.manager.id})`.execute(db);
  await rate('n1', wondzorg, 'manager', 2, '2025-12-01');
  await rate('n1', wondzorg, 'manager', 3, '2026-03-01');
  await rate('n2', wondzorg, 'self', 1, '2025-11-01');
  await rate('o1', wondzorg, 'self', 3, '2026-02-01');
  await rate('w1', rooster, 'self', 1, '2026-02-01');
});

describe('organisation dashboard: budgets, cycles and skills gaps', () => {
  it('shows budget use by unit and what it bought, leaving out small units and what would reveal them', async () => {
    const answer = await org.as.hrAdmin.get(`/api/v1/insight/organisation/development?${period}`);
    expect(answer.statusCode, answer.body).toBe(200);
    const { budgets, threshold } = answer.json<Json>();
    expect(threshold).toBe(3);
    expect(budgets.totals).toEqual({
      people: 9,
      availableCents: 740000,
      committedCents: 70000,
      spentCents: 110000,
      hoursUsed: 0,
      requests: 7,
      usedShare: 24.3,
    });
    // West (2 people) is too small; hiding it alone would let totals − Noord − Oost reveal it, so Oost goes too.
    expect(budgets.units).toEqual([
      {
        unitId: units.noord,
        unitName: 'Team Noord',
        people: 4,
        availableCents: 400000,
        committedCents: 40000,
        spentCents: 70000,
        hoursUsed: 0,
        requests: 4,
        usedShare: 27.5,
      },
    ]);
    expect(budgets.hiddenUnits).toBe(2);
    expect(budgets.purchases).toEqual([
      { provider: 'Academie A', people: 4, requests: 4, cents: 140000 },
      { provider: 'Solo BV', people: 3, requests: 3, cents: 40000 },
    ]);
    expect(budgets.otherPurchasesCents).toBe(0);
  });

  it('counts how far each cycle got, and hides a cycle with fewer conversations than the minimum', async () => {
    const { cycles } = (
      await org.as.ldAdmin.get(`/api/v1/insight/organisation/development?${period}`)
    ).json<Json>();
    expect(cycles.map((cycle: Json) => [cycle.name, cycle.counts])).toEqual([
      ['Klein', null],
      ['Voorjaar', { conversations: 5, prepared: 4, held: 3, signed: 2, completionRate: 40 }],
    ]);
  });

  it('shows gaps against role profiles before the period and at its end', async () => {
    const answer = (
      await org.as.owner.get(`/api/v1/insight/organisation/development?${period}`)
    ).json<Json>();
    expect(answer.skills).toEqual([
      {
        skill: { id: expect.any(String), name: { nl: 'Wondzorg', en: 'Wondzorg' } },
        demand: 4,
        atStart: { belowTarget: 2, notAssessed: 2, totalGap: 3 },
        atEnd: { belowTarget: 1, notAssessed: 1, totalGap: 2 },
        closed: 1,
      },
    ]);
    expect(answer.hiddenSkills).toBe(1);
  });

  it('under a filter, hides a group whose people outside the filter are fewer than the minimum', async () => {
    const answer = await org.as.hrAdmin.get(
      `/api/v1/insight/organisation/development?${period}&jobTitle=Verpleegkundige`,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    const { budgets, cycles, skills } = answer.json<Json>();
    // 8 of 9 budget holders: the whole minus this would be n4 alone.
    expect(budgets.totals).toBeNull();
    expect(budgets.purchases).toEqual([]);
    // With the total hidden no unit shows (their sum would be it). Oost alone would not do either: it is
    // hidden without a filter (so that the total − Noord − Oost does not give West), and the same here.
    expect(budgets.units).toEqual([]);
    // Voorjaar without n4 is 4 of 5: the difference would be n4's conversation.
    expect(cycles.find((cycle: Json) => cycle.name === 'Voorjaar').counts).toBeNull();
    // Everyone asked for Wondzorg is a Verpleegkundige: nothing to subtract.
    expect(skills.map((row: Json) => row.demand)).toEqual([4]);
  });

  it('shows nothing for a unit below the minimum', async () => {
    const answer = (
      await org.as.hrAdmin.get(`/api/v1/insight/organisation/development?${period}&unitId=${units.west}`)
    ).json<Json>();
    expect(answer.budgets).toMatchObject({
      totals: null,
      units: [],
      purchases: [],
      otherPurchasesCents: null,
    });
    expect(answer.cycles.every((cycle: Json) => cycle.counts === null)).toBe(true);
    expect(answer.skills).toEqual([]);
  });

  it('is for HR, L&D and the owner, and names a bad filter', async () => {
    expect((await org.as.manager.get(`/api/v1/insight/organisation/development?${period}`)).statusCode).toBe(
      403,
    );
    expect((await org.as.employee.get('/api/v1/insight/organisation/development')).statusCode).toBe(403);
    expect((await org.anonymous.get('/api/v1/insight/organisation/development')).statusCode).toBe(401);
    const unknown = await org.as.hrAdmin.get(
      '/api/v1/insight/organisation/development?unitId=00000000-0000-4000-8000-000000000000',
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('unitId');
    const bad = await org.as.hrAdmin.get('/api/v1/insight/organisation/development?from=2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('from');
  });
});
