import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely in the journeys below
type Json = Record<string, any>;

async function publishedArticle(title: string) {
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article(title))).json<Json>();
  expect(
    (await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' }))
      .statusCode,
  ).toBe(200);
  return item.id as string;
}

async function colleague(name: string, options: { managerId?: string; orgUnitId?: string } = {}) {
  const person = await buildPerson(db, org.organisation.id, {
    password: testPassword,
    givenName: name,
    orgUnitId: options.orgUnitId ?? org.unit.id,
    managerId: options.managerId,
  });
  return { person, as: (await signInAs(app, person)) as Client };
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

describe('kudos and celebrations', () => {
  it('kudos tied to a core value reach the colleague, with their words and the value', async () => {
    const value = (await org.as.owner.post('/api/v1/direction/values', { name: 'Aandacht' })).json<Json>();
    const given = await org.as.manager.post('/api/v1/kudos', {
      receiverId: org.people.employee.id,
      message: 'Wat een rustige overdracht vanochtend!',
      valueId: value.id,
    });
    expect(given.statusCode).toBe(201);
    const mine = (await org.as.employee.get('/api/v1/recognition/me')).json<Json>();
    expect(mine.kudos[0]).toMatchObject({
      giver: { id: org.people.manager.id },
      message: 'Wat een rustige overdracht vanochtend!',
      value: { id: value.id, title: 'Aandacht' },
    });
    expect(mine.points).toBe(3);
    const bell = (await org.as.employee.get('/api/v1/notifications')).json<Json>();
    expect(JSON.stringify(bell)).toContain('kudos');
  });

  it('kudos to oneself, to nobody or for an unknown value are a 400 naming the field', async () => {
    const self = await org.as.employee.post('/api/v1/kudos', {
      receiverId: org.people.employee.id,
      message: 'Top',
    });
    expect(self.statusCode).toBe(400);
    expect(JSON.stringify(self.json())).toContain('receiverId');
    const value = await org.as.employee.post('/api/v1/kudos', {
      receiverId: org.people.manager.id,
      message: 'Top',
      valueId: '00000000-0000-4000-8000-000000000000',
    });
    expect(value.statusCode).toBe(400);
    expect(JSON.stringify(value.json())).toContain('valueId');
  });

  it('finishing an item is a private celebration the person may share; the first one is a first step', async () => {
    const { as, person } = await colleague('Noor', { managerId: org.people.manager.id });
    const itemId = await publishedArticle('Veilig tillen');
    expect((await as.post(`/api/v1/learning/items/${itemId}/done`)).statusCode).toBe(200);
    const mine = (await as.get('/api/v1/celebrations/mine')).json<Json[]>();
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'first_step', title: 'Veilig tillen', isShared: false }),
    ]);
    expect((await org.as.employee.get('/api/v1/celebrations')).json<Json[]>().map((c) => c.id)).not.toContain(
      mine[0]!.id,
    );
    // Only the person shares it.
    expect(
      (await org.as.employee.post(`/api/v1/celebrations/${mine[0]!.id}/share`, { shared: true })).statusCode,
    ).toBe(404);
    expect((await as.post(`/api/v1/celebrations/${mine[0]!.id}/share`, { shared: true })).statusCode).toBe(
      200,
    );
    const feed = (await org.as.employee.get('/api/v1/celebrations')).json<Json[]>();
    expect(feed[0]).toMatchObject({ person: { id: person.id }, kind: 'first_step', title: 'Veilig tillen' });
    // The manager sees the step to recognise, and recognising it is kudos for that celebration.
    const team = (await org.as.manager.get('/api/v1/celebrations/team')).json<Json[]>();
    expect(team.map((c) => c.id)).toContain(mine[0]!.id);
    await org.as.manager.post('/api/v1/kudos', {
      receiverId: person.id,
      message: 'Goed bezig!',
      celebrationId: mine[0]!.id,
    });
    const after = (await org.as.manager.get('/api/v1/celebrations/team')).json<Json[]>();
    expect(after.find((c) => c.id === mine[0]!.id)).toMatchObject({ recognisedByMe: true, kudosCount: 1 });
  });
});

describe('points', () => {
  it('cannot be farmed: past the daily cap the same action earns nothing more', async () => {
    const { as } = await colleague('Sem');
    const { person: receiver } = await colleague('Iris');
    for (let i = 0; i < 6; i++)
      expect(
        (await as.post('/api/v1/kudos', { receiverId: receiver.id, message: `Dank ${i}` })).statusCode,
      ).toBe(201);
    const data = (await as.get('/api/v1/recognition/me/data')).json<Json>();
    expect(data.kudosGiven).toHaveLength(6);
    // kudos_given: 2 points, at most 3 times a day.
    expect(data.points.filter((p: Json) => p.action === 'kudos_given')).toHaveLength(3);
    expect((await as.get('/api/v1/recognition/me')).json<Json>().points).toBe(6);
    // The receiver's cap is 5 a day.
    const received = (await org.as.owner.get(`/api/v1/recognition/people/${receiver.id}`)).json<Json>();
    expect(received.points).toBeNull(); // points are private until the person shows them
  });

  it('show to others only when the person chooses; badges show unless hidden', async () => {
    const { as, person } = await colleague('Femke');
    await org.as.employee.post('/api/v1/kudos', { receiverId: person.id, message: 'Fijn!' });
    expect((await org.as.employee.get(`/api/v1/recognition/people/${person.id}`)).json<Json>()).toMatchObject(
      {
        points: null,
        badges: [],
        preferences: null,
      },
    );
    await as.patch('/api/v1/recognition/me/preferences', { pointsVisible: true, badgesVisible: false });
    expect((await org.as.employee.get(`/api/v1/recognition/people/${person.id}`)).json<Json>()).toMatchObject(
      {
        points: 3,
        badges: null,
        streak: { weeks: 1 },
      },
    );
  });
});

describe('badges', () => {
  it('are earned by finishing a path, and given by hand by a manager to their report', async () => {
    const { as, person } = await colleague('Daan', { managerId: org.people.manager.id });
    const itemId = await publishedArticle('Dossiervoering');
    const path = (
      await org.as.ldAdmin.post('/api/v1/catalogue/paths', {
        language: 'nl',
        title: 'Basis zorgdossier',
        steps: [{ kind: 'content', id: itemId }],
      })
    ).json<Json>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/paths/${path.id}/status`, { status: 'published' });
    const badge = await org.as.ldAdmin.post('/api/v1/badges', {
      name: 'Dossierkenner',
      description: 'Kent het zorgdossier van binnen en buiten.',
      criteriaNarrative: 'Rond het leerpad Basis zorgdossier af.',
      criteriaKind: 'path_completed',
      criteriaSubjectId: path.id,
    });
    expect(badge.statusCode).toBe(201);
    expect(badge.json<Json>().criteriaSubject).toEqual({ id: path.id, title: 'Basis zorgdossier' });
    expect(
      (await as.post('/api/v1/learning/enrolments', { type: 'path', id: path.id })).statusCode,
    ).toBeLessThan(300);
    await as.post(`/api/v1/learning/items/${itemId}/done`);
    const me = (await as.get('/api/v1/recognition/me')).json<Json>();
    expect(me.badges.map((b: Json) => b.name)).toEqual(['Dossierkenner']);
    const celebrations = (await as.get('/api/v1/celebrations/mine')).json<Json[]>();
    expect(celebrations.map((c) => c.kind).sort()).toEqual(['badge', 'first_step', 'path']);

    const manual = (
      await org.as.ldAdmin.post('/api/v1/badges', {
        name: 'Collega van de maand',
        description: 'Voor wie het verschil maakt.',
        criteriaNarrative: 'Door de leidinggevende toegekend.',
        criteriaKind: 'manual',
      })
    ).json<Json>();
    expect(
      (
        await org.as.employee.post(`/api/v1/badges/${manual.id}/awards`, {
          personId: person.id,
          reason: 'Top',
        })
      ).statusCode,
    ).toBe(403);
    const awarded = await org.as.manager.post(`/api/v1/badges/${manual.id}/awards`, {
      personId: person.id,
      reason: 'Altijd paraat',
    });
    expect(awarded.statusCode).toBe(201);
    expect(awarded.json<Json>().awardedCount).toBe(1);
    const achievement = (await as.get(`/api/v1/badges/${manual.id}/achievement`)).json<Json>();
    expect(achievement).toMatchObject({
      type: ['Achievement'],
      criteria: { narrative: 'Door de leidinggevende toegekend.' },
    });
  });

  it('"helped three colleagues": kudos from three different people', async () => {
    const { person } = await colleague('Bram');
    await org.as.ldAdmin.post('/api/v1/badges', {
      name: 'Helpende hand',
      description: 'Hielp drie collega’s.',
      criteriaNarrative: 'Krijg kudos van drie verschillende collega’s.',
      criteriaKind: 'helped_colleagues',
      criteriaCount: 3,
    });
    await org.as.employee.post('/api/v1/kudos', { receiverId: person.id, message: 'Dank!' });
    await org.as.employee.post('/api/v1/kudos', { receiverId: person.id, message: 'Nog eens dank!' });
    await org.as.manager.post('/api/v1/kudos', { receiverId: person.id, message: 'Dank!' });
    const view = (await org.as.employee.get(`/api/v1/recognition/people/${person.id}`)).json<Json>();
    expect(view.badges).toEqual([]);
    await org.as.ldAdmin.post('/api/v1/kudos', { receiverId: person.id, message: 'Dank!' });
    const after = (await org.as.employee.get(`/api/v1/recognition/people/${person.id}`)).json<Json>();
    expect(after.badges.map((b: Json) => b.name)).toEqual(['Helpende hand']);
  });
});

describe('challenges and leaderboards', () => {
  it('a manager starts a team challenge, and the team leaderboard moves with points earned', async () => {
    const zuid = (
      await org.as.hrAdmin.post('/api/v1/org-units', { name: 'Team Zuid', kind: 'team' })
    ).json<Json>();
    expect(zuid.id).toBeDefined();
    const today = new Date().toISOString().slice(0, 10);
    // The manager leads Team Noord only.
    const notMine = await org.as.manager.post('/api/v1/challenges', {
      title: 'Samen leren',
      metric: 'points',
      goal: 100,
      startsOn: today,
      endsOn: today,
      teamIds: [zuid.id],
    });
    expect(notMine.statusCode).toBe(403);
    const created = await org.as.manager.post('/api/v1/challenges', {
      title: 'Team Noord haalt 100 punten',
      metric: 'points',
      goal: 100,
      startsOn: '2026-01-01',
      endsOn: '2199-12-31',
      teamIds: [org.unit.id],
    });
    expect(created.statusCode).toBe(201);
    const challenge = created.json<Json>();
    const before = challenge.teams[0].progress;
    await org.as.owner.post('/api/v1/kudos', { receiverId: org.people.hrAdmin.id, message: 'Dank!' });
    const after = (await org.as.employee.get(`/api/v1/challenges/${challenge.id}`)).json<Json>();
    expect(after.teams[0]).toMatchObject({ rank: 1, team: { name: 'Team Noord' }, isMine: true });
    expect(after.teams[0].progress).toBe(before + 5);
  });

  it('a person who did not opt in never appears on an individual leaderboard', async () => {
    const { as: optedAs, person: opted } = await colleague('Opt');
    const { as: shyAs, person: shy } = await colleague('Verlegen');
    await optedAs.patch('/api/v1/recognition/me/preferences', { onLeaderboards: true });
    await org.as.employee.post('/api/v1/kudos', { receiverId: shy.id, message: 'Super' });
    await org.as.employee.post('/api/v1/kudos', { receiverId: opted.id, message: 'Super' });
    const challenge = (
      await org.as.ldAdmin.post('/api/v1/challenges', {
        title: 'Punten',
        metric: 'points',
        goal: 10,
        startsOn: '2026-01-01',
        endsOn: '2199-12-31',
        teamIds: [org.unit.id],
      })
    ).json<Json>();
    for (const client of [shyAs, optedAs, org.as.owner, org.as.employee]) {
      for (const url of ['/api/v1/recognition/leaderboard', `/api/v1/challenges/${challenge.id}/people`]) {
        const board = (await client.get(url)).json<Json>();
        const ids = board.entries.map((e: Json) => e.person.id);
        expect(ids).not.toContain(shy.id);
        expect(ids).toContain(opted.id);
      }
      const teams = JSON.stringify((await client.get(`/api/v1/challenges/${challenge.id}`)).json());
      expect(teams).not.toContain(shy.id);
      expect(JSON.stringify((await client.get('/api/v1/challenges')).json())).not.toContain(shy.id);
    }
    expect((await shyAs.get('/api/v1/recognition/leaderboard')).json<Json>().iAmOnIt).toBe(false);
  });

  it('the organisation switch turns leaderboards off', async () => {
    expect(
      (await org.as.employee.put('/api/v1/recognition/settings', { leaderboardsEnabled: false })).statusCode,
    ).toBe(403);
    expect(
      (await org.as.ldAdmin.put('/api/v1/recognition/settings', { leaderboardsEnabled: false })).statusCode,
    ).toBe(200);
    const board = (await org.as.employee.get('/api/v1/recognition/leaderboard')).json<Json>();
    expect(board).toEqual({ enabled: false, iAmOnIt: false, entries: [] });
    const challenges = (await org.as.employee.get('/api/v1/challenges')).json<Json[]>();
    for (const challenge of challenges)
      for (const team of challenge.teams) expect(team).toMatchObject({ rank: null, isMine: true });
    await org.as.ldAdmin.put('/api/v1/recognition/settings', { leaderboardsEnabled: true });
  });
});
