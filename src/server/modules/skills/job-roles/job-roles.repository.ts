import type { TenantDb } from '../../../db/tenant.ts';
import type { JobRoleInput } from './job-roles.schemas.ts';

/** Every job role with its skill profile, next roles and how many current people hold it. */
export async function jobRoleRows(tenant: TenantDb) {
  const [roles, skills, steps, counts] = await Promise.all([
    tenant.selectFrom('job_roles').selectAll().orderBy('name_nl').execute(),
    tenant.selectFrom('job_role_skills').select(['job_role_id', 'skill_id', 'target_level']).execute(),
    tenant.selectFrom('career_steps').select(['from_role_id', 'to_role_id']).execute(),
    tenant
      .selectFrom('person_job_roles')
      .innerJoin('people', (join) =>
        join
          .onRef('people.organisation_id', '=', 'person_job_roles.organisation_id')
          .onRef('people.id', '=', 'person_job_roles.person_id'),
      )
      .where('people.status', '<>', 'left')
      .select(['job_role_id', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('job_role_id')
      .execute(),
  ]);
  return { roles, skills, steps, counts };
}

export async function existingJobRoleIds(tenant: TenantDb, ids: readonly string[]) {
  if (!ids.length) return new Set<string>();
  const rows = await tenant
    .selectFrom('job_roles')
    .select('id')
    .where('id', 'in', [...ids])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Another role with this Dutch name, whatever its case. */
export const findJobRoleNamed = (tenant: TenantDb, nameNl: string, exceptId?: string) =>
  tenant
    .selectFrom('job_roles')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', nameNl.toLowerCase()))
    .$if(Boolean(exceptId), (q) => q.where('id', '<>', exceptId!))
    .executeTakeFirst();

const columnsOf = (input: JobRoleInput) => ({
  name_nl: input.name.nl,
  name_en: input.name.en,
  description_nl: input.description?.nl ?? '',
  description_en: input.description?.en ?? '',
});

export const insertJobRole = async (tenant: TenantDb, input: JobRoleInput) =>
  (await tenant.insertInto('job_roles', columnsOf(input)).returning('id').executeTakeFirstOrThrow()).id;

/** Answers whether the role exists. */
export async function updateJobRoleRow(tenant: TenantDb, id: string, input: JobRoleInput, at: Date) {
  const updated = await tenant
    .updateTable('job_roles')
    .set({ ...columnsOf(input), updated_at: at })
    .where('id', '=', id)
    .returning('id')
    .executeTakeFirst();
  return Boolean(updated);
}

export async function replaceJobRoleParts(tenant: TenantDb, roleId: string, input: JobRoleInput) {
  await tenant.deleteFrom('job_role_skills').where('job_role_id', '=', roleId).execute();
  if (input.skills.length)
    await tenant
      .insertInto(
        'job_role_skills',
        input.skills.map((s) => ({ job_role_id: roleId, skill_id: s.skillId, target_level: s.targetLevel })),
      )
      .execute();
  await tenant.deleteFrom('career_steps').where('from_role_id', '=', roleId).execute();
  if (input.leadsTo.length)
    await tenant
      .insertInto(
        'career_steps',
        [...new Set(input.leadsTo)].map((to) => ({ from_role_id: roleId, to_role_id: to })),
      )
      .execute();
}

export const anyHolderOf = (tenant: TenantDb, roleId: string) =>
  tenant
    .selectFrom('person_job_roles')
    .select('person_id')
    .where('job_role_id', '=', roleId)
    .executeTakeFirst();

/** Answers whether the role existed. */
export async function deleteJobRoleRow(tenant: TenantDb, roleId: string) {
  return Boolean(
    await tenant.deleteFrom('job_roles').where('id', '=', roleId).returning('id').executeTakeFirst(),
  );
}

export const personExists = async (tenant: TenantDb, personId: string) =>
  Boolean(await tenant.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst());

export async function setPersonJobRole(
  tenant: TenantDb,
  personId: string,
  role: { jobRoleId: string; since: string | null } | null,
) {
  await tenant.deleteFrom('person_job_roles').where('person_id', '=', personId).execute();
  if (role)
    await tenant
      .insertInto('person_job_roles', { person_id: personId, job_role_id: role.jobRoleId, since: role.since })
      .execute();
}
