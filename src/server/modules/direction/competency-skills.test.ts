import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Core competencies linked to skills of the skills framework, and the demand those links add to the
// organisation gaps of the skills module.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let skill: Record<'teamwork' | 'handover' | 'wound', string>;
let foreignSkill: string;
let competency: string;

type Linked = { id: string; name: { nl: string; en: string } };
type Principle = { id: string; name: string; skillIds?: string[]; skills?: Linked[] };
type Source =
  | { kind: 'roleProfiles' }
  | { kind: 'coreCompetency'; competency: { id: string; name: string }; targetLevel: number };
type GapRow = {
  skill: { id: string };
  demand: number;
  belowTarget: number;
  totalGap: number;
  holders: number;
  sources: Source[];
};

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const add = async (client: typeof org.as.ldAdmin, nl: string, en: string) =>
    (await client.post('/api/v1/skills', { name: { nl, en } })).json<{ id: string }>().id;
  skill = {
    teamwork: await add(org.as.ldAdmin, 'Samenwerken in een team', 'Teamwork'),
    handover: await add(org.as.ldAdmin, 'Overdracht geven', 'Handover'),
    wound: await add(org.as.ldAdmin, 'Wondzorg', 'Wound care'),
  };
  foreignSkill = await add(other.as.ldAdmin, 'Roosteren', 'Rostering');
  competency = (await org.as.owner.post('/api/v1/direction/competencies', { name: 'Samenwerken' })).json<{
    id: string;
  }>().id;
});

describe('a core competency linked to skills', () => {
  it('refuses skill ids outside the framework of the organisation, naming each one, and keeps the links', async () => {
    await org.as.owner.put(`/api/v1/direction/competencies/${competency}/skills`, {
      skillIds: [skill.wound],
    });
    const response = await org.as.owner.put(`/api/v1/direction/competencies/${competency}/skills`, {
      skillIds: [skill.teamwork, foreignSkill, '00000000-0000-4000-8000-000000000000'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'skillIds.1', code: 'unknownReference' }),
      expect.objectContaining({ field: 'skillIds.2', code: 'unknownReference' }),
    ]);
    const [kept] = (await org.as.owner.get('/api/v1/direction/competencies')).json<Principle[]>();
    expect(kept!.skillIds).toEqual([skill.wound]);
  });

  it('returns the linked skills with their names wherever competencies are shown', async () => {
    const saved = await org.as.owner.put(`/api/v1/direction/competencies/${competency}/skills`, {
      skillIds: [skill.teamwork, skill.handover, skill.teamwork],
    });
    expect(saved.statusCode).toBe(200);
    const expected = [
      { id: skill.handover, name: { nl: 'Overdracht geven', en: 'Handover' } },
      { id: skill.teamwork, name: { nl: 'Samenwerken in een team', en: 'Teamwork' } },
    ];
    expect(saved.json<Principle>().skills).toEqual(expected);
    const [listed] = (await org.as.employee.get('/api/v1/direction/competencies')).json<Principle[]>();
    expect(listed!.skills).toEqual(expected);
    const direction = (await org.as.employee.get('/api/v1/direction')).json<{ competencies: Principle[] }>();
    expect(direction.competencies[0]!.skills).toEqual(expected);
    const why = (await org.as.employee.get('/api/v1/direction/why-and-what')).json<{
      competencies: Principle[];
    }>();
    expect(why.competencies.map((c) => [c.name, c.skills])).toEqual([['Samenwerken', expected]]);
    const values = (await org.as.owner.get('/api/v1/direction/values')).json<Principle[]>();
    for (const value of values) expect(value.skills).toBeUndefined();
  });

  it('lets another organisation neither see nor link these skills', async () => {
    const theirs = (
      await other.as.owner.post('/api/v1/direction/competencies', { name: 'Eigen regie' })
    ).json<{ id: string }>().id;
    const response = await other.as.owner.put(`/api/v1/direction/competencies/${theirs}/skills`, {
      skillIds: [skill.teamwork],
    });
    expect(response.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('skillIds.0');
  });
});

describe('organisation gaps with demand from core competencies', () => {
  it('counts a skill of a published competency as asked of everyone at level 3, and says where demand comes from', async () => {
    // Wound care comes from a role profile only; teamwork from the role (target 4) and the competency (3).
    const role = (
      await org.as.hrAdmin.post('/api/v1/job-roles', {
        name: { nl: 'Verpleegkundige', en: 'Nurse' },
        skills: [
          { skillId: skill.wound, targetLevel: 3 },
          { skillId: skill.teamwork, targetLevel: 4 },
        ],
      })
    ).json<{ id: string }>().id;
    await org.as.hrAdmin.put(`/api/v1/job-roles/holders/${org.people.employee.id}`, { jobRoleId: role });
    await org.as.employee.post(`/api/v1/skills/people/${org.people.employee.id}/ratings`, {
      skillId: skill.teamwork,
      level: 3,
    });
    await org.as.manager.post(`/api/v1/skills/people/${org.people.manager.id}/ratings`, {
      skillId: skill.handover,
      level: 4,
    });
    const gaps = (await org.as.ldAdmin.get('/api/v1/skills/organisation-gaps')).json<{
      people: number;
      skills: GapRow[];
    }>();
    expect(gaps.people).toBe(5); // everyone current, not only the one with a role
    const row = (id: string) => gaps.skills.find((s) => s.skill.id === id)!;
    const fromCompetency = {
      kind: 'coreCompetency',
      competency: { id: competency, name: 'Samenwerken' },
      targetLevel: 3,
    };
    // Handover: everyone at 3; the manager has 4, the other four were never rated: not yet assessed,
    // counted apart and not as four gaps of 3.
    expect(row(skill.handover)).toMatchObject({
      demand: 5,
      belowTarget: 0,
      notAssessed: 4,
      totalGap: 0,
      holders: 1,
      sources: [fromCompetency],
    });
    // Teamwork: the nurse counts once, at her role's higher target (4, she has 3); the rest at 3.
    expect(row(skill.teamwork)).toMatchObject({
      demand: 5,
      belowTarget: 1,
      notAssessed: 4,
      totalGap: 1,
      sources: [{ kind: 'roleProfiles' }, fromCompetency],
    });
    expect(row(skill.wound)).toMatchObject({ demand: 1, sources: [{ kind: 'roleProfiles' }] });
  });

  it('drops the competency demand once the competency is archived', async () => {
    await org.as.owner.patch(`/api/v1/direction/competencies/${competency}`, { status: 'archived' });
    const gaps = (await org.as.ldAdmin.get('/api/v1/skills/organisation-gaps')).json<{
      people: number;
      skills: GapRow[];
    }>();
    expect(gaps.people).toBe(1);
    expect(gaps.skills.map((s) => s.skill.id).sort()).toEqual([skill.teamwork, skill.wound].sort());
    expect(gaps.skills.find((s) => s.skill.id === skill.teamwork)).toMatchObject({
      demand: 1,
      totalGap: 1,
      sources: [{ kind: 'roleProfiles' }],
    });
  });
});
