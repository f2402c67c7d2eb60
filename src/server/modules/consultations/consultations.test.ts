import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let anna: Client;
let bram: Client;
let bramId: string;
let annaId: string;
let consultationId: string;
let goalId: string;

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const annaPerson = await buildPerson(db, org.organisation.id, {
    givenName: 'Anna',
    familyName: 'de Vries',
    roles: ['works_council'],
    password: testPassword,
    orgUnitId: org.unit.id,
  });
  const bramPerson = await buildPerson(db, org.organisation.id, {
    givenName: 'Bram',
    familyName: 'Jansen',
    roles: ['works_council'],
    password: testPassword,
    orgUnitId: org.unit.id,
  });
  annaId = annaPerson.id;
  bramId = bramPerson.id;
  anna = await signInAs(app, annaPerson);
  bram = await signInAs(app, bramPerson);
  const goal = await org.as.owner.post('/api/v1/goals', {
    title: 'Iedereen werkt met het nieuwe ECD',
    status: 'draft',
    keyResults: [{ metric: 'Collega’s getraind', startValue: 0, targetValue: 100, unit: '%' }],
  });
  goalId = goal.json<{ goal: { id: string } }>().goal.id;
});

describe('a consultation of draft goals with the works council', () => {
  it('is opened by management and put before the works council only', async () => {
    const response = await org.as.hrAdmin.post('/api/v1/consultations', {
      title: 'Concept-doelen 2027',
      description: 'Wat vind je van deze doelen?',
      subjectKind: 'goal_set',
      subjectIds: [goalId],
      audienceKind: 'works_council',
      closesAt: inAWeek(),
    });
    expect(response.statusCode).toBe(201);
    consultationId = response.json<{ id: string }>().id;
    expect(response.json<{ subject: { title: string }[] }>().subject[0]!.title).toBe(
      'Iedereen werkt met het nieuwe ECD',
    );

    const list = (await anna.get('/api/v1/consultations')).json<{ id: string; isOpen: boolean }[]>();
    expect(list.map((c) => c.id)).toEqual([consultationId]);
    expect((await org.as.employee.get('/api/v1/consultations')).json()).toEqual([]);
    expect((await org.as.employee.get(`/api/v1/consultations/${consultationId}`)).statusCode).toBe(404);
    const bell = (await anna.get('/api/v1/notifications')).json<{
      unread: number;
      items: { link: string }[];
    }>();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]!.link).toBe(`/consultations/${consultationId}`);
  });

  it('takes one named and one anonymous response, once each', async () => {
    const named = await anna.post(`/api/v1/consultations/${consultationId}/responses`, {
      kind: 'support',
      comment: 'Goed plan, graag met scholing in werktijd.',
    });
    expect(named.statusCode).toBe(201);
    const anonymous = await bram.post(`/api/v1/consultations/${consultationId}/responses`, {
      kind: 'concern',
      comment: 'De planning is te krap voor de nachtdienst.',
      isAnonymous: true,
    });
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json<{ hasResponded: boolean; canRespond: boolean }>()).toMatchObject({
      hasResponded: true,
      canRespond: false,
    });
    const again = await bram.post(`/api/v1/consultations/${consultationId}/responses`, {
      kind: 'question',
      isAnonymous: true,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('conflict');
  });

  it('summarises by type and unit, anonymous responses without unit', async () => {
    const detail = (await org.as.owner.get(`/api/v1/consultations/${consultationId}`)).json<{
      summary: {
        byKind: Record<string, number>;
        byUnit: { unit: { name: string } | null; support: number; concern: number }[];
      };
    }>();
    expect(detail.summary.byKind).toEqual({ support: 1, concern: 1, question: 0 });
    expect(detail.summary.byUnit).toEqual([
      { unit: { id: org.unit.id, name: 'Team Noord' }, support: 1, concern: 0, question: 0 },
      { unit: null, support: 0, concern: 1, question: 0 },
    ]);
  });

  it('cannot trace an anonymous response to its author through any endpoint or export', async () => {
    const detail = (await org.as.owner.get(`/api/v1/consultations/${consultationId}`)).json<{
      responses: { isAnonymous: boolean; author: unknown; unit: unknown; comment: string }[];
    }>();
    const secret = detail.responses.find((r) => r.isAnonymous)!;
    expect(secret).toMatchObject({
      author: null,
      unit: null,
      comment: 'De planning is te krap voor de nachtdienst.',
    });
    // Nothing any reader or admin can fetch names Bram next to that response.
    const everything = [
      await org.as.owner.get(`/api/v1/consultations/${consultationId}`),
      await bram.get(`/api/v1/consultations/${consultationId}`),
      await org.as.owner.get('/api/v1/consultations'),
      await org.as.owner.get('/api/v1/events?pageSize=200'),
      await org.as.hrAdmin.get('/api/v1/events?pageSize=200'),
    ];
    for (const response of everything) {
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(bramId);
      expect(response.body).not.toContain('Bram');
    }
    // Anna's named response does carry her name.
    expect(everything[0]!.body).toContain(annaId);
    // In the database itself the response row has no person, no unit and only a date.
    const row = await db
      .selectFrom('consultation_responses')
      .selectAll()
      .where('organisation_id', '=', org.organisation.id)
      .where('is_anonymous', '=', true)
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBeNull();
    expect(row.org_unit_id).toBeNull();
    expect(row.created_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const events = await db
      .selectFrom('events')
      .selectAll()
      .where('organisation_id', '=', org.organisation.id)
      .where('action', '=', 'consultation.responded')
      .execute();
    // Only Anna's named response has an audit row; Bram's anonymous one left none (no time, no place
    // in the log next to his own actions), so nothing there names him or the response.
    expect(events.map((e) => e.actor_person_id)).toEqual([annaId]);
    expect(JSON.stringify(events)).not.toContain(row.id);
  });

  it('lets management reply; the named author is told, the replies are visible to the panel', async () => {
    const detail = (await org.as.owner.get(`/api/v1/consultations/${consultationId}`)).json<{
      responses: { id: string; isAnonymous: boolean }[];
    }>();
    for (const response of detail.responses) {
      const reply = await org.as.owner.post(`/api/v1/consultations/responses/${response.id}/replies`, {
        body: response.isAnonymous
          ? 'We schuiven de start op naar maart.'
          : 'Dank je, scholing gebeurt in werktijd.',
      });
      expect(reply.statusCode).toBe(201);
    }
    expect(
      (await anna.post(`/api/v1/consultations/responses/${detail.responses[0]!.id}/replies`, { body: 'x' }))
        .statusCode,
    ).toBe(403);
    const seenByBram = (await bram.get(`/api/v1/consultations/${consultationId}`)).json<{
      responses: { isAnonymous: boolean; replies: { body: string }[] }[];
    }>();
    expect(seenByBram.responses.find((r) => r.isAnonymous)!.replies[0]!.body).toBe(
      'We schuiven de start op naar maart.',
    );
    const annaBell = (await anna.get('/api/v1/notifications')).json<{ items: { kind: string }[] }>();
    expect(annaBell.items.map((n) => n.kind)).toContain('consultation.replied');
  });

  it('closes with the outcome, makes the goals final and tells every respondent', async () => {
    expect(
      (await anna.post(`/api/v1/consultations/${consultationId}/close`, { outcome: 'x' })).statusCode,
    ).toBe(403);
    const closed = await org.as.owner.post(`/api/v1/consultations/${consultationId}/close`, {
      outcome: 'We starten in maart en plannen de scholing in werktijd.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json<{ status: string; isOpen: boolean }>()).toMatchObject({
      status: 'closed',
      isOpen: false,
    });
    for (const member of [anna, bram]) {
      const bell = (await member.get('/api/v1/notifications')).json<{
        items: { kind: string; body: string }[];
      }>();
      expect(bell.items[0]).toMatchObject({
        kind: 'consultation.closed',
        body: 'We starten in maart en plannen de scholing in werktijd.',
      });
      const view = (await member.get(`/api/v1/consultations/${consultationId}`)).json<{
        outcome: string;
        canRespond: boolean;
      }>();
      expect(view.outcome).toBe('We starten in maart en plannen de scholing in werktijd.');
      expect(view.canRespond).toBe(false);
    }
    const goals = (await org.as.employee.get('/api/v1/goals')).json<{ id: string; status: string }[]>();
    expect(goals.find((g) => g.id === goalId)?.status).toBe('active');
    const late = await anna.post(`/api/v1/consultations/${consultationId}/responses`, { kind: 'question' });
    expect(late.statusCode).toBe(409);
  });

  it('refuses other roles and other organisations', async () => {
    const body = { title: 'x', subjectKind: 'goal_set', audienceKind: 'everyone', closesAt: inAWeek() };
    expect((await org.as.employee.post('/api/v1/consultations', body)).statusCode).toBe(403);
    expect((await org.as.ldAdmin.post('/api/v1/consultations', body)).statusCode).toBe(403);
    expect((await other.as.owner.get(`/api/v1/consultations/${consultationId}`)).statusCode).toBe(404);
    expect(
      (await other.as.owner.post(`/api/v1/consultations/${consultationId}/close`, { outcome: 'x' }))
        .statusCode,
    ).toBe(404);
    const foreign = await other.as.owner.post('/api/v1/consultations', { ...body, subjectIds: [goalId] });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('subjectIds');
  });

  it('answers 400 naming the field for a closing date in the past', async () => {
    const response = await org.as.owner.post('/api/v1/consultations', {
      title: 'Te laat',
      subjectKind: 'goal_set',
      audienceKind: 'everyone',
      closesAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('closesAt');
  });

  it('can be put before units: a unit includes its sub-units, others do not see it', async () => {
    const nacht = await buildOrgUnit(db, org.organisation.id, { name: 'Nacht Noord', parentId: org.unit.id });
    const zuid = await buildOrgUnit(db, org.organisation.id, { name: 'Team Zuid' });
    const inside = await signInAs(
      app,
      await buildPerson(db, org.organisation.id, { orgUnitId: nacht.id, password: testPassword }),
    );
    const outside = await signInAs(
      app,
      await buildPerson(db, org.organisation.id, { orgUnitId: zuid.id, password: testPassword }),
    );
    const opened = await org.as.owner.post('/api/v1/consultations', {
      title: 'Nieuw rooster Noord',
      subjectKind: 'goal_set',
      audienceKind: 'units',
      audienceUnitIds: [org.unit.id],
      allowsAnonymous: false,
      closesAt: inAWeek(),
    });
    const id = opened.json<{ id: string }>().id;
    expect((await inside.get('/api/v1/consultations')).json<{ id: string }[]>().map((c) => c.id)).toContain(
      id,
    );
    expect(
      (await outside.get('/api/v1/consultations')).json<{ id: string }[]>().map((c) => c.id),
    ).not.toContain(id);
    expect(
      (await outside.post(`/api/v1/consultations/${id}/responses`, { kind: 'support' })).statusCode,
    ).toBe(404);
    const anonymous = await inside.post(`/api/v1/consultations/${id}/responses`, {
      kind: 'support',
      isAnonymous: true,
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('isAnonymous');
    expect((await inside.post(`/api/v1/consultations/${id}/responses`, { kind: 'support' })).statusCode).toBe(
      201,
    );
  });
});
