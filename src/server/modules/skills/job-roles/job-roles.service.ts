import type { z } from 'zod';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError, type FieldError, notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import '../skills.events.ts';
import { existingSkillIds } from '../skills.repository.ts';
import { maxLevelOf } from '../skills.scale.ts';
import {
  anyHolderOf,
  deleteJobRoleRow,
  existingJobRoleIds,
  findJobRoleNamed,
  insertJobRole,
  personExists,
  replaceJobRoleParts,
  setPersonJobRole,
  updateJobRoleRow,
} from './job-roles.repository.ts';
import type { assignRoleBody, JobRoleInput } from './job-roles.schemas.ts';

async function validate(tenant: TenantDb, input: JobRoleInput, roleId?: string) {
  const errors: FieldError[] = [];
  const known = await existingSkillIds(
    tenant,
    input.skills.map((s) => s.skillId),
  );
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
  const roleIds = await existingJobRoleIds(tenant, input.leadsTo);
  input.leadsTo.forEach((id, i) => {
    if (!roleIds.has(id))
      errors.push({ field: `leadsTo.${i}`, message: 'no such job role in this organisation' });
    if (id === roleId) errors.push({ field: `leadsTo.${i}`, message: 'a role cannot lead to itself' });
  });
  if (await findJobRoleNamed(tenant, input.name.nl, roleId))
    errors.push({ field: 'name.nl', message: 'another job role already has this name' });
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
}

export async function saveJobRole(ctx: Ctx, options: { roleId?: string; input: JobRoleInput }) {
  assertCan(ctx.auth, 'skills.manage');
  const { input, roleId } = options;
  return runChange(ctx, async (tx) => {
    let id = roleId;
    if (id) {
      if (!(await updateJobRoleRow(tx.db, id, input, tx.now()))) throw notFound('Job role');
      await validate(tx.db, input, id);
    } else {
      await validate(tx.db, input);
      id = await insertJobRole(tx.db, input);
    }
    await replaceJobRoleParts(tx.db, id, input);
    tx.record({
      action: roleId ? 'job_role.updated' : 'job_role.created',
      subjectId: id,
      changes: { name: input.name, skills: input.skills.length, leadsTo: input.leadsTo },
    });
    return id;
  });
}

export async function deleteJobRole(ctx: Ctx, roleId: string) {
  assertCan(ctx.auth, 'skills.manage');
  await runChange(ctx, async (tx) => {
    if (await anyHolderOf(tx.db, roleId))
      throw new AppError('conflict', 'People hold this role; give them another role first.');
    if (!(await deleteJobRoleRow(tx.db, roleId))) throw notFound('Job role');
    tx.record({ action: 'job_role.deleted', subjectId: roleId });
  });
}

export async function assignJobRole(
  ctx: Ctx,
  options: { personId: string; input: z.infer<typeof assignRoleBody> },
) {
  assertCan(ctx.auth, 'skills.manage');
  const { personId, input } = options;
  await runChange(ctx, async (tx) => {
    if (!(await personExists(tx.db, personId))) throw notFound('Person');
    if (input.jobRoleId && !(await existingJobRoleIds(tx.db, [input.jobRoleId])).has(input.jobRoleId))
      throw new AppError('validation_failed', 'jobRoleId: no such job role', {
        errors: [
          { field: 'jobRoleId', message: 'no such job role in this organisation', code: 'unknownReference' },
        ],
      });
    await setPersonJobRole(
      tx.db,
      personId,
      input.jobRoleId ? { jobRoleId: input.jobRoleId, since: input.since ?? null } : null,
    );
    tx.record({
      action: 'person.job_role_set',
      subjectId: personId,
      changes: { jobRoleId: input.jobRoleId },
    });
  });
}
