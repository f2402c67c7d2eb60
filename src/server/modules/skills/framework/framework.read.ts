import type { Ctx } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { presentCategory, presentSkill } from '../skills.presenter.ts';
import { findSkill, listSkills } from '../skills.repository.ts';
import { scaleOf } from '../skills.scale.ts';
import { listCategories } from './framework.repository.ts';

export async function frameworkView(
  ctx: Ctx,
  query: { q?: string; categoryId?: string; includeArchived?: boolean },
) {
  assertCan(ctx.auth, 'skills.read');
  const [categories, skills, scale] = await Promise.all([
    listCategories(ctx.db),
    listSkills(ctx.db, query),
    scaleOf(ctx.db),
  ]);
  return { categories: categories.map(presentCategory), skills: skills.map(presentSkill), scale };
}

export async function skillView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'skills.read');
  const row = await findSkill(ctx.db, id);
  if (!row) throw notFound('Skill');
  return presentSkill(row);
}

/** The scale as it now stands (after a change, for the one who made it). */
export const scaleView = (ctx: Ctx) => scaleOf(ctx.db);
