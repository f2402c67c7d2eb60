import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { existingSkillIds } from './skills.repository.ts';
import { maxLevelOf } from './skills.scale.ts';
import type { assignRoleBody, jobRoleBody } from './skills.schemas.ts';

type JobRoleInput = z.infer<typeof jobRoleBody>;

export async function listJobRoles(tenant: TenantDb) {
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
  const countOf = new Map(counts.map((c) => [c.job_role_id, Number(c.n)]));
  return roles.map((role) => ({
    id: role.id,
    name: { nl: role.name_nl, en: role.name_en },
    description: { nl: role.description_nl, en: role.description_en },
    skills: skills
      .filter((s) => s.job_role_id === role.id)
      .map((s) => ({ skillId: s.skill_id, targetLevel: s.target_level })),
    leadsTo: steps.filter((s) => s.from_role_id === role.id).map((s) => s.to_role_id),
    peopleCount: countOf.get(role.id) ?? 0,
  }));
}

export async function findJobRole(tenant: TenantDb, id: string) {
  const role = (await listJobRoles(tenant)).find((r) => r.id === id);
  if (!role) throw notFound('Job role');
  return role;
}

async function validate(tenant: TenantDb, input: JobRoleInput, roleId?: string) {
  const errors: FieldError[] = [];
  const skillIds = input.skills.map((s) => s.skillId);
  const known = await existingSkillIds(tenant, skillIds);
  const top = await maxLevelOf(tenant);
  const seen = new Set<string>();
  input.skills.forEach((skill, i) => {
    if (!known.has(skill.skillId))
      errors.push({ field: `skills.${i}.skillId`, message: 'no such skill in this organisation' });
    if (seen.has(skill.skillId)) errors.push({ field: `skills.${i}.skillId`, message: 'is listed twice' });
    seen.add(skill.skillId);
    if (skill.targetLevel > top)
      errors.push({ field: `skills.${i}.targetLevel`, message: `the scale goes up to ${top}` });
  });
  if (input.leadsTo.length) {
    const roles = await tenant
      .selectFrom('job_roles')
      .select('id')
      .where('id', 'in', input.leadsTo)
      .execute();
    const roleIds = new Set(roles.map((r) => r.id));
    input.leadsTo.forEach((id, i) => {
      if (!roleIds.has(id))
        errors.push({ field: `leadsTo.${i}`, message: 'no such job role in this organisation' });
      if (id === roleId) errors.push({ field: `leadsTo.${i}`, message: 'a role cannot lead to itself' });
    });
  }
  const nameTaken = await tenant
    .selectFrom('job_roles')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', input.name.nl.toLowerCase()))
    .$if(Boolean(roleId), (q) => q.where('id', '<>', roleId!))
    .executeTakeFirst();
  if (nameTaken) errors.push({ field: 'name.nl', message: 'another job role already has this name' });
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
}

async function writeParts(tenant: TenantDb, roleId: string, input: JobRoleInput) {
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

export async function saveJobRole(options: { db: Db; auth: Auth; roleId?: string; input: JobRoleInput }) {
  const { input, roleId } = options;
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    let id = roleId;
    const columns = {
      name_nl: input.name.nl,
      name_en: input.name.en,
      description_nl: input.description?.nl ?? '',
      description_en: input.description?.en ?? '',
    };
    if (id) {
      const updated = await tenant
        .updateTable('job_roles')
        .set({ ...columns, updated_at: new Date() })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      if (!updated) throw notFound('Job role');
      await validate(tenant, input, id);
    } else {
      await validate(tenant, input);
      id = (await tenant.insertInto('job_roles', columns).returning('id').executeTakeFirstOrThrow()).id;
    }
    await writeParts(tenant, id, input);
    await recordEvent(tenant, options.auth, {
      action: roleId ? 'job_role.updated' : 'job_role.created',
      subjectType: 'job_role',
      subjectId: id,
      changes: { name: input.name, skills: input.skills.length, leadsTo: input.leadsTo },
    });
    return id;
  });
}

export async function deleteJobRole(options: { db: Db; auth: Auth; roleId: string }) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const holders = await tenant
      .selectFrom('person_job_roles')
      .select('person_id')
      .where('job_role_id', '=', options.roleId)
      .executeTakeFirst();
    if (holders) throw new AppError('conflict', 'People hold this role; give them another role first.');
    const deleted = await tenant
      .deleteFrom('job_roles')
      .where('id', '=', options.roleId)
      .returning('id')
      .executeTakeFirst();
    if (!deleted) throw notFound('Job role');
    await recordEvent(tenant, options.auth, {
      action: 'job_role.deleted',
      subjectType: 'job_role',
      subjectId: options.roleId,
    });
  });
}

export async function assignJobRole(options: {
  db: Db;
  auth: Auth;
  personId: string;
  input: z.infer<typeof assignRoleBody>;
}) {
  const { personId, input } = options;
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const person = await tenant
      .selectFrom('people')
      .select('id')
      .where('id', '=', personId)
      .executeTakeFirst();
    if (!person) throw notFound('Person');
    await tenant.deleteFrom('person_job_roles').where('person_id', '=', personId).execute();
    if (input.jobRoleId) {
      const role = await tenant
        .selectFrom('job_roles')
        .select('id')
        .where('id', '=', input.jobRoleId)
        .executeTakeFirst();
      if (!role)
        throw new AppError('validation_failed', 'jobRoleId: no such job role', {
          errors: [
            {
              field: 'jobRoleId',
              message: 'no such job role in this organisation',
              code: 'unknownReference',
            },
          ],
        });
      await tenant
        .insertInto('person_job_roles', {
          person_id: personId,
          job_role_id: input.jobRoleId,
          since: input.since ?? null,
        })
        .execute();
    }
    await recordEvent(tenant, options.auth, {
      action: 'person.job_role_set',
      subjectType: 'person',
      subjectId: personId,
      changes: { jobRoleId: input.jobRoleId },
    });
  });
}
