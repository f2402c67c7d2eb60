import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { anonymous, buildOrganisationWithRoles, Client, startTestApp } from '../../test/test-app.ts';

// Mijn groei's skills and badges, and the team view's conversations and learning agreements (issue 18).
// Days are relative to today, so the fixture stays inside (or outside) the 12 months the views cover.

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;
const ids = {} as Record<'a' | 'b' | 'c' | 'd' | 'pim' | 'quinn', string>;

const daysAgo = (days: number) => sql`(CURRENT_DATE - ${days}::int)`;

async function skill(name: string) {
  const row = await sql<{ id: string }>`INSERT INTO skills (organisation_id, name_nl, name_en)
    VALUES (${org.organisation.id}, ${`${name} nl`}, ${`${name} en`}) RETURNING id`.execute(db);
  return row.rows[0]!.id;
}

async function rate(person: string, skillId: string, source: string, level: number, ago: number) {
  await sql`INSERT INTO skill_ratings (organisation_id, person_id, skill_id, source, level, rated_on, rater_id)
    VALUES (${org.organisation.id}, ${person}, ${skillId}, ${source}, ${level}, ${daysAgo(ago)},
            ${source === 'self' ? person : org.people.manager.id})`.execute(db);
}

async function badge(organisationId: string, name: string) {
  const row = await sql<{ id: string }>`INSERT INTO badges
      (organisation_id, name, description, criteria_narrative, criteria_kind)
    VALUES (${organisationId}, ${name}, 'Beschrijving', 'Criteria', 'manual') RETURNING id`.execute(db);
  return row.rows[0]!.id;
}

async function award(organisationId: string, badgeId: string, person: string, ago: number) {
  await sql`INSERT INTO badge_awards (organisation_id, badge_id, person_id, awarded_at)
    VALUES (${organisationId}, ${badgeId}, ${person}, now() - make_interval(days => ${ago}))`.execute(db);
}

async function cycle(name: string, startsAgo: number) {
  const row = await sql<{ id: string }>`INSERT INTO conversation_cycles (organisation_id, name, template_key,
      template, starts_on, ends_on, preparation_due, sign_off_due)
    VALUES (${org.organisation.id}, ${name}, 'jaargesprek', '{}'::jsonb, ${daysAgo(startsAgo)},
            ${daysAgo(startsAgo - 60)}, ${daysAgo(startsAgo - 20)}, ${daysAgo(startsAgo - 50)}) RETURNING id`.execute(
    db,
  );
  return row.rows[0]!.id;
}

async function agreement(person: string, title: string, options: { agreed: boolean; startsAgo: number }) {
  const row = await sql<{ id: string }>`INSERT INTO learning_agreements (organisation_id, person_id, title,
      application, starts_on, manager_agreed_at)
    VALUES (${org.organisation.id}, ${person}, ${title}, 'Geheime toepassing', ${daysAgo(options.startsAgo)},
            ${options.agreed ? sql`now()` : null}) RETURNING id`.execute(db);
  const id = row.rows[0]!.id;
  for (const day of [30, 60, 90])
    await sql`INSERT INTO learning_agreement_followups (organisation_id, agreement_id, day, due_on)
      VALUES (${org.organisation.id}, ${id}, ${day}, ${daysAgo(options.startsAgo - day)})`.execute(db);
  return id;
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const employee = org.people.employee.id;

  // Skills: A grew 2 → 4 this year; B got its first rating (no growth); C went down 3 → 2; D archived.
  ids.a = await skill('Wondzorg');
  ids.b = await skill('Gesprekstechniek');
  ids.c = await skill('Excel');
  ids.d = await skill('Oud');
  await rate(employee, ids.a, 'self', 2, 500);
  await rate(employee, ids.a, 'self', 4, 10);
  await rate(employee, ids.a, 'peer', 5, 5); // peers never set the level
  await rate(employee, ids.b, 'self', 3, 10);
  await rate(employee, ids.c, 'self', 3, 500);
  await rate(employee, ids.c, 'self', 2, 10);
  await rate(employee, ids.d, 'self', 1, 500);
  await rate(employee, ids.d, 'self', 5, 10);
  await sql`UPDATE skills SET is_archived = true WHERE id = ${ids.d}`.execute(db);
  // The manager also grew in A: that must not show on the employee's page.
  await rate(org.people.manager.id, ids.a, 'self', 1, 500);
  await rate(org.people.manager.id, ids.a, 'self', 3, 10);

  // Badges: one this year, one two years ago; the manager's own badge and another organisation's stay out.
  const helper = await badge(org.organisation.id, 'Helpende hand');
  await award(org.organisation.id, helper, employee, 10);
  await award(org.organisation.id, await badge(org.organisation.id, 'Pionier'), employee, 800);
  await award(org.organisation.id, helper, org.people.manager.id, 3);
  await award(
    other.organisation.id,
    await badge(other.organisation.id, 'Elders'),
    other.people.employee.id,
    3,
  );

  // A second direct report (Pim) with nothing yet; a person with another manager (Quinn).
  ids.pim = (
    await buildPerson(db, org.organisation.id, { givenName: 'Pim', managerId: org.people.manager.id })
  ).id;
  ids.quinn = (await buildPerson(db, org.organisation.id, { givenName: 'Quinn' })).id;

  // Conversations: last year's cycle signed, this year's held: the latest counts (held).
  const old = await cycle('Jaargesprek vorig jaar', 400);
  const now = await cycle('Jaargesprek dit jaar', 30);
  await sql`INSERT INTO conversations (organisation_id, cycle_id, employee_id, manager_id, prepared_at, held_at,
      employee_signed_at, manager_signed_at, shared_notes)
    VALUES (${org.organisation.id}, ${old}, ${employee}, ${org.people.manager.id}, now(), now(), now(), now(),
            'Vertrouwelijke notitie oud'),
           (${org.organisation.id}, ${now}, ${employee}, ${org.people.manager.id}, now(), now(), null, now(),
            'Vertrouwelijke notitie')`.execute(db);
  // Quinn's conversation (another manager's report) is prepared: it must not appear on Mila's team.
  await sql`INSERT INTO conversations (organisation_id, cycle_id, employee_id, manager_id, prepared_at)
    VALUES (${org.organisation.id}, ${now}, ${ids.quinn}, ${org.people.hrAdmin.id}, now())`.execute(db);

  // Agreements: kept (agreed, all answered), overdue (30-day follow-up past due), open (awaiting the manager).
  const kept = await agreement(employee, 'Cursus tillen', { agreed: true, startsAgo: 120 });
  await sql`UPDATE learning_agreement_followups SET asked_at = now(), answered_at = now(), answer = 'Goed'
    WHERE agreement_id = ${kept}`.execute(db);
  await agreement(employee, 'Training agressie', { agreed: true, startsAgo: 40 });
  await agreement(employee, 'Webinar dementie', { agreed: false, startsAgo: 0 });
  await agreement(ids.quinn, 'Van een ander', { agreed: true, startsAgo: 40 });
});

describe('Mijn groei: skills that grew and badges earned', () => {
  it('lists only skills whose level went up in the last 12 months, from what to what', async () => {
    const me = (await org.as.employee.get('/api/v1/insight/me')).json<Json>();
    expect(me.since).toMatch(/^\d{4}-\d{2}-01$/);
    expect(me.skillsGrown).toEqual([
      {
        skill: { id: ids.a, name: { nl: 'Wondzorg nl', en: 'Wondzorg en' } },
        fromLevel: 2,
        toLevel: 4,
        ratedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
  });

  it("lists the badges I earned in the period, newest first, and nobody else's", async () => {
    const me = (await org.as.employee.get('/api/v1/insight/me')).json<Json>();
    expect(me.badges.map((row: Json) => row.name)).toEqual(['Helpende hand']);
    const manager = (await org.as.manager.get('/api/v1/insight/me')).json<Json>();
    expect(manager.badges.map((row: Json) => row.name)).toEqual(['Helpende hand']);
    expect(manager.skillsGrown.map((row: Json) => [row.fromLevel, row.toLevel])).toEqual([[1, 3]]);
    const elsewhere = (await other.as.employee.get('/api/v1/insight/me')).json<Json>();
    expect(elsewhere.badges.map((row: Json) => row.name)).toEqual(['Elders']);
    expect(elsewhere.skillsGrown).toEqual([]);
    expect((await anonymous(app).get('/api/v1/insight/me')).statusCode).toBe(401);
  });
});

describe('team view: conversations and learning agreements, states and counts only', () => {
  it('shows per direct report the latest conversation state and agreements by state', async () => {
    const team = (await org.as.manager.get('/api/v1/insight/team')).json<Json>();
    const byId = new Map(team.members.map((member: Json) => [member.person.id, member]));
    expect([...byId.keys()].sort()).toEqual([org.people.employee.id, ids.pim].sort());
    expect(byId.get(org.people.employee.id)).toMatchObject({
      conversation: { state: 'held', cycleName: 'Jaargesprek dit jaar' },
      agreements: { open: 1, kept: 1, overdue: 1 },
    });
    expect(byId.get(ids.pim)).toMatchObject({
      conversation: { state: 'none', cycleName: null },
      agreements: { open: 0, kept: 0, overdue: 0 },
    });
    expect(team.totals.conversationStates).toEqual({ none: 1, open: 0, prepared: 0, held: 1, signed: 0 });
    expect(team.totals.agreements).toEqual({ open: 1, kept: 1, overdue: 1 });
    // Never content: no titles, applications, answers or notes.
    const text = JSON.stringify(team);
    for (const secret of ['Cursus tillen', 'Geheime toepassing', 'Goed', 'Vertrouwelijke', 'Van een ander'])
      expect(text).not.toContain(secret);
  });

  it('counts a conversation signed only when both signed', async () => {
    await sql`UPDATE conversations SET employee_signed_at = now()
      WHERE employee_id = ${org.people.employee.id} AND employee_signed_at IS NULL`.execute(db);
    const member = (await org.as.manager.get(`/api/v1/insight/team/${org.people.employee.id}`)).json<Json>();
    expect(member.conversation.state).toBe('signed');
    expect(member.agreements).toEqual({ open: 1, kept: 1, overdue: 1 });
  });

  it('answers one direct report, and nobody else: 400, 401, 403, 404 and another organisation', async () => {
    const path = (id: string) => `/api/v1/insight/team/${id}`;
    expect((await org.as.manager.get(path(ids.pim))).json<Json>().person.id).toBe(ids.pim);
    // Someone else's report, myself, and a person of another organisation: not found.
    expect((await org.as.manager.get(path(ids.quinn))).statusCode).toBe(404);
    expect((await org.as.manager.get(path(org.people.manager.id))).statusCode).toBe(404);
    expect((await org.as.manager.get(path(other.people.employee.id))).statusCode).toBe(404);
    expect((await other.as.manager.get(path(org.people.employee.id))).statusCode).toBe(404);
    // An employee has no reports; HR is no manager of the employee either.
    expect((await org.as.employee.get(path(org.people.employee.id))).statusCode).toBe(404);
    expect((await org.as.hrAdmin.get(path(org.people.employee.id))).statusCode).toBe(404);
    const bad = await org.as.manager.get(path('nope'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id');
    expect((await anonymous(app).get(path(ids.pim))).statusCode).toBe(401);
    const created = await org.as.owner.post('/api/v1/api-tokens', {
      name: 'Koppeling',
      scopes: ['people:read'],
    });
    const token = new Client(app, null, null, { authorization: `Bearer ${created.json<Json>().token}` });
    expect((await token.get(path(ids.pim))).statusCode).toBe(403);
    expect((await token.get('/api/v1/insight/team')).statusCode).toBe(403);
  });
});
