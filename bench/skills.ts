import { sql } from 'kysely';
import type { Db } from '../src/server/db/database.ts';
import { forOrganisation } from '../src/server/db/tenant.ts';
import { applyStarterSet } from '../src/server/modules/skills/index.ts';

// Skills on top of the large organisation: the 60-skill starter framework, 15 roles of 8 skills each
// held by everyone, a team of 500 whose role asks all 60 skills, and a self rating for every required
// skill plus a manager rating for about half (set-based SQL, deterministic by hash).

export type SeededSkills = {
  matrixUnitId: string;
  matrixPeople: number;
  ratings: number;
  seconds: number;
};

export async function seedSkillsForBench(db: Db, organisationId: string): Promise<SeededSkills> {
  const started = performance.now();
  const tenant = forOrganisation(db, organisationId);
  await applyStarterSet(tenant);
  const skills = await tenant.selectFrom('skills').select('id').orderBy('name_nl').execute();
  const roles = await tenant
    .insertInto(
      'job_roles',
      Array.from({ length: 16 }, (_, i) => ({
        name_nl: `Benchrol ${i + 1}`,
        name_en: `Bench role ${i + 1}`,
      })),
    )
    .returning('id')
    .execute();
  const matrixRole = roles[15]!;
  await tenant
    .insertInto('job_role_skills', [
      ...roles.slice(0, 15).flatMap((role, i) =>
        Array.from({ length: 8 }, (_, k) => ({
          job_role_id: role.id,
          skill_id: skills[(i * 4 + k) % skills.length]!.id,
          target_level: 2 + ((i + k) % 3),
        })),
      ),
      ...skills.map((skill) => ({ job_role_id: matrixRole.id, skill_id: skill.id, target_level: 3 })),
    ])
    .execute();
  await tenant
    .insertInto(
      'career_steps',
      roles.slice(0, 14).map((role, i) => ({ from_role_id: role.id, to_role_id: roles[i + 1]!.id })),
    )
    .execute();

  // Everyone holds one of the first 15 roles.
  await sql`
    INSERT INTO person_job_roles (organisation_id, person_id, job_role_id)
    SELECT p.organisation_id, p.id, (${sql.val(roles.slice(0, 15).map((r) => r.id))}::uuid[])[1 + abs(hashtext(p.id::text)) % 15]
    FROM people p WHERE p.organisation_id = ${organisationId}`.execute(db);

  // The matrix team: 500 people with one head, all in the 60-skill role.
  const unit = await tenant
    .insertInto('org_units', { name: 'Vaardigheden-benchteam', code: 'SKILLS-500', kind: 'team' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`
    INSERT INTO people (organisation_id, email, given_name, family_name, org_unit_id, job_title)
    SELECT ${organisationId}, 'skills' || n || '@bench.test', 'Bench', 'Persoon ' || n, ${unit.id}, 'Benchrol'
    FROM generate_series(1, 500) AS n`.execute(db);
  const team = await tenant.selectFrom('people').select('id').where('org_unit_id', '=', unit.id).execute();
  const head = team[0]!.id;
  await tenant
    .updateTable('people')
    .set({ manager_id: head })
    .where('org_unit_id', '=', unit.id)
    .where('id', '<>', head)
    .execute();
  await tenant.updateTable('org_units').set({ head_id: head }).where('id', '=', unit.id).execute();
  await tenant
    .updateTable('person_job_roles')
    .set({ job_role_id: matrixRole.id })
    .where(
      'person_id',
      'in',
      team.map((p) => p.id),
    )
    .execute();
  await sql`
    INSERT INTO person_job_roles (organisation_id, person_id, job_role_id)
    SELECT ${organisationId}, p.id, ${matrixRole.id} FROM people p
    WHERE p.organisation_id = ${organisationId} AND p.org_unit_id = ${unit.id}
    ON CONFLICT DO NOTHING`.execute(db);

  // A self rating for every required skill; a manager rating for about half, from the last year.
  await sql`
    INSERT INTO skill_ratings (organisation_id, person_id, skill_id, source, level, rater_id, rated_on)
    SELECT pr.organisation_id, pr.person_id, rs.skill_id, 'self',
           1 + abs(hashtext(pr.person_id::text || rs.skill_id::text)) % 5, pr.person_id,
           current_date - (abs(hashtext(rs.skill_id::text || pr.person_id::text)) % 700)
    FROM person_job_roles pr
    JOIN job_role_skills rs ON rs.organisation_id = pr.organisation_id AND rs.job_role_id = pr.job_role_id
    WHERE pr.organisation_id = ${organisationId}`.execute(db);
  await sql`
    INSERT INTO skill_ratings (organisation_id, person_id, skill_id, source, level, rater_id, rated_on)
    SELECT pr.organisation_id, pr.person_id, rs.skill_id, 'manager',
           1 + abs(hashtext(rs.skill_id::text || pr.person_id::text)) % 5, p.manager_id,
           current_date - (abs(hashtext(pr.person_id::text)) % 400)
    FROM person_job_roles pr
    JOIN job_role_skills rs ON rs.organisation_id = pr.organisation_id AND rs.job_role_id = pr.job_role_id
    JOIN people p ON p.organisation_id = pr.organisation_id AND p.id = pr.person_id
    WHERE pr.organisation_id = ${organisationId} AND p.manager_id IS NOT NULL
      AND abs(hashtext(pr.person_id::text || 'm')) % 2 = 0`.execute(db);
  await sql`ANALYZE`.execute(db);
  const count = await tenant
    .selectFrom('skill_ratings')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return {
    matrixUnitId: unit.id,
    matrixPeople: team.length,
    ratings: Number(count.n),
    seconds: (performance.now() - started) / 1000,
  };
}
