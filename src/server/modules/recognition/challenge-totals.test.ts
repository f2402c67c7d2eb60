import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp, testPassword } from '../../test/test-app.ts';

// A points challenge reads per-unit totals kept by the database (migration 0272), not the people and
// their ledger: this checks the totals follow what the board used to compute from them — a person's
// points count for the team they are in now, moving takes them along, leaving takes them off.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

describe('a points challenge between teams', () => {
  it('counts each person for the team they are in now; moving and leaving change the standings at once', async () => {
    const unit = async (name: string) =>
      (await org.as.hrAdmin.post('/api/v1/org-units', { name, kind: 'team' })).json<Json>().id as string;
    const oost = await unit('Team Oost');
    const west = await unit('Team West');
    const noor = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      givenName: 'Noor',
      orgUnitId: oost,
    });
    const created = await org.as.ldAdmin.post('/api/v1/challenges', {
      title: 'Oost tegen West',
      metric: 'points',
      goal: 10,
      startsOn: '2026-01-01',
      endsOn: '2199-12-31',
      teamIds: [oost, west],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<Json>().id as string;
    const standings = async () =>
      Object.fromEntries(
        (await org.as.ldAdmin.get(`/api/v1/challenges/${id}`))
          .json<Json>()
          .teams.map((team: Json) => [team.team.name, { members: team.members, progress: team.progress }]),
      );
    expect(await standings()).toEqual({
      'Team Oost': { members: 1, progress: 0 },
      'Team West': { members: 0, progress: 0 },
    });

    // Kudos received: 3 points for Noor, so for Team Oost.
    expect(
      (await org.as.owner.post('/api/v1/kudos', { receiverId: noor.id, message: 'Goed gedaan!' })).statusCode,
    ).toBe(201);
    expect(await standings()).toEqual({
      'Team Oost': { members: 1, progress: 3 },
      'Team West': { members: 0, progress: 0 },
    });

    // Noor moves to West and takes her points along.
    expect((await org.as.hrAdmin.patch(`/api/v1/people/${noor.id}`, { orgUnitId: west })).statusCode).toBe(
      200,
    );
    expect(await standings()).toEqual({
      'Team West': { members: 1, progress: 3 },
      'Team Oost': { members: 0, progress: 0 },
    });

    // Once she has left, she counts for no team.
    expect((await org.as.hrAdmin.post(`/api/v1/people/${noor.id}/deactivate`, {})).statusCode).toBeLessThan(
      300,
    );
    expect(await standings()).toEqual({
      'Team Oost': { members: 0, progress: 0 },
      'Team West': { members: 0, progress: 0 },
    });
  });
});
