import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

// The team board and the month's ranking are shared copies kept a few seconds (recognition.cache.ts).
// Each check below reads the board first (so a copy exists), changes something, and reads again at
// once: without forgetting the copy on the change, the second read would still show the first.
// Copies last a minute here (not seconds), so only forgetting them on the change can make a test pass.
vi.mock('../../core/read-cache.ts', async (original) => {
  const actual = await original<typeof import('../../core/read-cache.ts')>();
  return {
    readCache: (options: { ttlMs: number; maxEntries: number }) =>
      actual.readCache({ ...options, ttlMs: 60_000 }),
  };
});
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;

async function colleague(name: string, orgUnitId: string) {
  const person = await buildPerson(db, org.organisation.id, {
    password: testPassword,
    givenName: name,
    orgUnitId,
  });
  return { person, as: (await signInAs(app, person)) as Client };
}
const unit = async (name: string) =>
  (await org.as.hrAdmin.post('/api/v1/org-units', { name, kind: 'team' })).json<Json>().id as string;
const board = async (client: Client) => (await client.get('/api/v1/recognition/leaderboard')).json<Json>();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

describe('the month’s individual board', () => {
  it('shows an opt-in and new points at once, and places each reader from the one copy', async () => {
    const anouk = await colleague('Anouk', org.unit.id);
    const bram = await colleague('Bram', org.unit.id);
    expect((await board(anouk.as)).iAmOnIt).toBe(false);

    await anouk.as.patch('/api/v1/recognition/me/preferences', { onLeaderboards: true });
    const mine = await board(anouk.as);
    expect(mine.iAmOnIt).toBe(true);
    expect(mine.entries.find((entry: Json) => entry.person.id === anouk.person.id)?.isMe).toBe(true);
    // Bram reads the same copy: Anouk is on it, not marked as him, and he is not on it.
    const his = await board(bram.as);
    expect(his.iAmOnIt).toBe(false);
    const anoukForBram = his.entries.find((entry: Json) => entry.person.id === anouk.person.id);
    expect(anoukForBram?.isMe).toBe(false);

    await org.as.employee.post('/api/v1/kudos', { receiverId: anouk.person.id, message: 'Goed uitgelegd!' });
    const after = (await board(bram.as)).entries.find((entry: Json) => entry.person.id === anouk.person.id);
    expect(after.score).toBe(anoukForBram.score + 3);
  });

  it('shows each reader their own neighbours, never someone who did not opt in', async () => {
    const people = await Promise.all(
      ['Cas', 'Dina', 'Eva', 'Fleur', 'Gijs', 'Hans', 'Ilse'].map((name) => colleague(name, org.unit.id)),
    );
    for (const { as } of people)
      await as.patch('/api/v1/recognition/me/preferences', { onLeaderboards: true });
    const shy = await colleague('Joost', org.unit.id);
    await org.as.employee.post('/api/v1/kudos', { receiverId: shy.person.id, message: 'Top' });
    for (const { as, person } of [...people, shy]) {
      const seen = await board(as);
      const ranks = seen.entries.map((entry: Json) => entry.rank);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(seen.entries.map((entry: Json) => entry.person.id)).not.toContain(shy.person.id);
      const me = seen.entries.filter((entry: Json) => entry.isMe);
      expect(me.map((entry: Json) => entry.person.id)).toEqual(person === shy.person ? [] : [person.id]);
      // Only the top three and my neighbours: nobody more than two places from me below the top three.
      for (const entry of seen.entries)
        if (entry.rank > 3) expect(Math.abs(entry.rank - me[0].rank)).toBeLessThanOrEqual(2);
    }
  });
});

describe('a challenge’s team board', () => {
  it('moves at once with points, and marks each reader’s own team', async () => {
    const oost = await unit('Team Oost');
    const west = await unit('Team West');
    const olga = await colleague('Olga', oost);
    const wim = await colleague('Wim', west);
    const id = (
      await org.as.ldAdmin.post('/api/v1/challenges', {
        title: 'Oost tegen West',
        metric: 'points',
        goal: 10,
        startsOn: '2026-01-01',
        endsOn: '2199-12-31',
        teamIds: [oost, west],
      })
    ).json<Json>().id as string;
    const teams = async (client: Client) =>
      Object.fromEntries(
        (await client.get(`/api/v1/challenges/${id}`))
          .json<Json>()
          .teams.map((team: Json) => [team.team.name, { progress: team.progress, isMine: team.isMine }]),
      );
    expect(await teams(olga.as)).toEqual({
      'Team Oost': { progress: 0, isMine: true },
      'Team West': { progress: 0, isMine: false },
    });
    expect(await teams(wim.as)).toEqual({
      'Team Oost': { progress: 0, isMine: false },
      'Team West': { progress: 0, isMine: true },
    });

    await org.as.employee.post('/api/v1/kudos', { receiverId: wim.person.id, message: 'Mooi werk' });
    const forOlga = (await olga.as.get(`/api/v1/challenges/${id}`)).json<Json>().teams;
    expect(forOlga.map((team: Json) => [team.team.name, team.progress, team.rank, team.isMine])).toEqual([
      ['Team West', 3, 1, false],
      ['Team Oost', 0, 2, true],
    ]);
  });

  it('the organisation switch takes the boards away at once (only my own team stays)', async () => {
    const zuid = await unit('Team Zuid');
    const zoe = await colleague('Zoë', zuid);
    const id = (
      await org.as.ldAdmin.post('/api/v1/challenges', {
        title: 'Zuid en Noord',
        metric: 'points',
        goal: 10,
        startsOn: '2026-01-01',
        endsOn: '2199-12-31',
        teamIds: [zuid, org.unit.id],
      })
    ).json<Json>().id as string;
    expect((await zoe.as.get(`/api/v1/challenges/${id}`)).json<Json>().teams).toHaveLength(2);
    expect((await board(zoe.as)).enabled).toBe(true);

    expect(
      (await org.as.ldAdmin.put('/api/v1/recognition/settings', { leaderboardsEnabled: false })).statusCode,
    ).toBe(200);
    expect(await board(zoe.as)).toEqual({ enabled: false, iAmOnIt: false, entries: [] });
    const teams = (await zoe.as.get(`/api/v1/challenges/${id}`)).json<Json>().teams;
    expect(teams.map((team: Json) => [team.team.id, team.rank, team.isMine])).toEqual([[zuid, null, true]]);
    await org.as.ldAdmin.put('/api/v1/recognition/settings', { leaderboardsEnabled: true });
    expect((await board(zoe.as)).enabled).toBe(true);
  });
});
