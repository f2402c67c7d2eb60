import { describe, expect, it } from 'vitest';
import { calendarDateOf } from '../../../core/calendar.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildPerson } from '../../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { deriveCurrentLevel, type RatingForRule } from '../skills.level-rule.ts';
import { teamMatrixSchema } from './insight.schemas.ts';

const { app, db } = await startTestApp();

describe('GET /api/v1/skills/team-matrix', () => {
  it('answers exactly the documented shape, each level by the rule in the column of its skill', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const tenant = forOrganisation(db, org.organisation.id);
    const managerId = org.people.manager.id;
    const reports = [
      org.people.employee.id,
      ...(await Promise.all(
        [1, 2, 3].map(async () => (await buildPerson(db, org.organisation.id, { managerId })).id),
      )),
    ];
    const skills = await tenant
      .insertInto(
        'skills',
        ['Zorgplan', 'Anamnese', 'Medicatie', 'Wondzorg', 'Coachen'].map((name) => ({
          name_nl: name,
          name_en: name,
        })),
      )
      .returning('id')
      .execute();
    const role = await tenant
      .insertInto('job_roles', { name_nl: 'Verpleegkundige', name_en: 'Nurse' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant
      .insertInto('job_role_skills', { job_role_id: role.id, skill_id: skills[4]!.id, target_level: 4 })
      .execute();
    await tenant.insertInto('person_job_roles', { person_id: reports[1]!, job_role_id: role.id }).execute();
    // A spread of ratings: not everyone on every skill, managers recent and old, evidence only.
    const now = calendarDateOf(new Date());
    const ratings = reports.flatMap((personId, p) =>
      skills.slice(0, 4).flatMap((skill, k) => {
        if ((p + k) % 3 === 0) return [];
        const base = { person_id: personId, skill_id: skill.id, note: null };
        return [
          {
            ...base,
            source: 'self' as const,
            level: 1 + ((p + k) % 5),
            rater_id: personId,
            evidence_kind: null,
          },
          ...((p + k) % 2
            ? [
                {
                  ...base,
                  source: 'manager' as const,
                  level: 1 + ((p * k) % 5),
                  rater_id: managerId,
                  evidence_kind: null,
                  rated_on: k === 1 ? '2020-01-01' : now,
                },
              ]
            : []),
          ...(k === 3
            ? [
                {
                  ...base,
                  source: 'evidence' as const,
                  level: 5,
                  rater_id: null,
                  evidence_kind: 'other' as const,
                },
              ]
            : []),
        ];
      }),
    );
    await tenant.insertInto('skill_ratings', ratings).execute();

    const response = await org.as.manager.get('/api/v1/skills/team-matrix');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    const matrix = response.json();
    expect(() => teamMatrixSchema.strict().parse(matrix)).not.toThrow();
    expect(matrix.skills.map((s: { name: { nl: string } }) => s.name.nl)).toEqual([
      'Anamnese',
      'Coachen',
      'Medicatie',
      'Wondzorg',
      'Zorgplan',
    ]);
    const stored = await tenant
      .selectFrom('skill_ratings')
      .select(['id', 'person_id', 'skill_id', 'source', 'level', 'rated_on', 'created_at'])
      .execute();
    const expected = (personId: string, skillId: string) =>
      deriveCurrentLevel(
        stored
          .filter((r) => r.person_id === personId && r.skill_id === skillId)
          .map((r): RatingForRule => ({ ...r, ratedOn: r.rated_on, createdAt: r.created_at })),
        now,
      )?.level ?? null;
    expect(matrix.people).toHaveLength(reports.length);
    for (const person of matrix.people)
      expect(person.levels).toEqual(matrix.skills.map((s: { id: string }) => expected(person.id, s.id)));
    const coach = matrix.skills.findIndex((s: { name: { nl: string } }) => s.name.nl === 'Coachen');
    const nurse = matrix.people.find((p: { id: string }) => p.id === reports[1]);
    expect(nurse.targets).toEqual(matrix.skills.map((_: unknown, i: number) => (i === coach ? 4 : null)));
    const holders = matrix.skills.map(
      (_: unknown, i: number) =>
        matrix.people.filter((p: { levels: (number | null)[] }) => (p.levels[i] ?? 0) >= 3).length,
    );
    expect(matrix.skills.map((s: { holders: number }) => s.holders)).toEqual(holders);
  });
});
