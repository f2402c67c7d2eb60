import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { jobRoleRows } from './job-roles.repository.ts';

async function jobRoles(tenant: TenantDb) {
  const { roles, skills, steps, counts } = await jobRoleRows(tenant);
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

/** Job roles with skill profiles and the roles each leads to (the career-path graph). */
export async function listJobRoles(ctx: Ctx) {
  assertCan(ctx.auth, 'skills.read');
  return jobRoles(ctx.db);
}

/** One role; after a change, the one who made it sees it (they may manage skills). */
export async function jobRoleView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'skills.read');
  const role = (await jobRoles(ctx.db)).find((r) => r.id === id);
  if (!role) throw notFound('Job role');
  return role;
}
