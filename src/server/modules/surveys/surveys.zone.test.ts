import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';
import { shownGroups } from './surveys.anonymity.ts';
import { answerAll, teamOf } from './surveys.fixtures.ts';
import { quadrantOf } from './surveys.instrument.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Zone = {
  teams: {
    name: string;
    isShown: boolean;
    current: { quadrant: string } | null;
    previous: { quadrant: string } | null;
  }[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

describe('the anonymity rule (pure)', () => {
  it('hides small groups, then the smallest shown ones until the hidden rest is 0 or ≥ N', () => {
    expect(shownGroups([{ key: 'a', count: 4 }], 5)).toEqual(new Set());
    expect(
      shownGroups(
        [
          { key: 'a', count: 7 },
          { key: 'b', count: 3 },
        ],
        5,
      ),
    ).toEqual(new Set());
    expect(
      shownGroups(
        [
          { key: 'a', count: 6 },
          { key: 'b', count: 8 },
          { key: 'c', count: 3 },
        ],
        5,
      ),
    ).toEqual(new Set(['b']));
    expect(
      shownGroups(
        [
          { key: 'a', count: 6 },
          { key: 'b', count: 5 },
        ],
        5,
      ),
    ).toEqual(new Set(['a', 'b']));
  });

  it('places a team in its quadrant from the two scores (high from 5.0)', () => {
    expect(quadrantOf(5.5, 3)).toBe('comfort');
    expect(quadrantOf(5, 5)).toBe('learning');
    expect(quadrantOf(3, 3)).toBe('apathy');
    expect(quadrantOf(3, 6)).toBe('anxiety');
  });
});

describe('the Learning Zone check', () => {
  it('scores two rounds, shows the trend, and a manager sees only the teams they head', async () => {
    const mine = await teamOf(app, db, org.organisation.id, 'Team Eik', 5, org.people.manager.id);
    const head = await buildPerson(db, org.organisation.id, { password: testPassword });
    const theirs = await teamOf(app, db, org.organisation.id, 'Team Beuk', 5, head.id);
    const round = async (point: number) => {
      const created = await org.as.hrAdmin.post('/api/v1/surveys/learning-zone', {
        audience: { unitIds: [mine.unit.id, theirs.unit.id] },
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json<{ id: string; questions: unknown[] }>().id;
      expect(created.json<{ questions: unknown[] }>().questions).toHaveLength(10);
      const closesAt = new Date(Date.now() + 86_400_000).toISOString();
      await org.as.hrAdmin.post(`/api/v1/surveys/${id}/schedule`, { closesAt });
      for (const member of [...mine.members, ...theirs.members]) await answerAll(member, id, point);
      await org.as.hrAdmin.post(`/api/v1/surveys/${id}/close`);
      await db
        .updateTable('surveys')
        // The first round earlier than the second: opened and closed before it.
        .set({
          opens_at: new Date(Date.now() - (point === 4 ? 120 : 60) * 1000),
          closes_at: new Date(Date.now() - (point === 4 ? 2 : 1) * 1000),
        })
        .where('id', '=', id)
        .execute();
    };
    // All 4s: safety 4 (reverse items 8 − 4 = 4), accountability 4 → apathy; then all 6s: reverse
    // items score 2, so safety (3×6 + 2×2)/5 = 4.4 and accountability (4×6 + 2)/5 = 5.2 → anxiety.
    await round(4);
    await round(6);
    const hr = (await org.as.hrAdmin.get('/api/v1/learning-zone')).json<Zone>();
    expect(hr.teams.map((team) => team.name)).toEqual(['Team Beuk', 'Team Eik']);
    expect(hr.teams[1]).toMatchObject({ current: { quadrant: 'anxiety' }, previous: { quadrant: 'apathy' } });
    const manager = (await org.as.manager.get('/api/v1/learning-zone')).json<Zone>();
    expect(manager.teams.map((team) => team.name)).toEqual(['Team Eik']);
    const employee = (await org.as.employee.get('/api/v1/learning-zone')).json<Zone>();
    expect(employee.teams).toEqual([]);
    const headClient = await signInAs(app, head);
    expect((await headClient.get('/api/v1/learning-zone')).json<Zone>().teams.map((t) => t.name)).toEqual([
      'Team Beuk',
    ]);
  });
});
