import type { z } from 'zod';
import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import '../skills.events.ts';
import { parseEscoCsv, parseGroeipadCsv } from './framework.import.ts';
import {
  applySkillRows,
  findCategory,
  findCategoryNamed,
  findSkillNamed,
  insertCategory,
  lockSkill,
  replaceScale,
  targetAbove,
} from './framework.repository.ts';
import type { categoryBody, importBody, scaleBody, skillBody, skillChanges } from './framework.schemas.ts';

async function assertCategory(tenant: TenantDb, categoryId: string | null | undefined) {
  if (!categoryId) return;
  if (!(await findCategory(tenant, categoryId)))
    throw invalidField('categoryId', 'no such category in this organisation');
}

async function assertNameFree(tenant: TenantDb, nameNl: string, exceptId?: string) {
  if (await findSkillNamed(tenant, nameNl, exceptId))
    throw invalidField('name.nl', 'another skill already has this name');
}

export async function createCategory(ctx: Ctx, input: z.infer<typeof categoryBody>) {
  assertCan(ctx.auth, 'skills.manage');
  return runChange(ctx, async (tx) => {
    if (await findCategoryNamed(tx.db, input.name.nl))
      throw invalidField('name.nl', 'another category already has this name');
    const row = await insertCategory(tx.db, input.name);
    tx.record({ action: 'skill_category.created', subjectId: row.id, changes: { name: input.name } });
    return row;
  });
}

export async function createSkill(ctx: Ctx, input: z.infer<typeof skillBody>) {
  assertCan(ctx.auth, 'skills.manage');
  return runChange(ctx, async (tx) => {
    await assertCategory(tx.db, input.categoryId);
    await assertNameFree(tx.db, input.name.nl);
    const row = await tx.db
      .insertInto('skills', {
        category_id: input.categoryId ?? null,
        name_nl: input.name.nl,
        name_en: input.name.en,
        description_nl: input.description?.nl ?? '',
        description_en: input.description?.en ?? '',
        synonyms: input.synonyms ?? [],
        external_uri: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    tx.record({ action: 'skill.created', subjectId: row.id, changes: { name: input.name } });
    return row;
  });
}

export async function updateSkill(
  ctx: Ctx,
  options: { skillId: string; changes: z.infer<typeof skillChanges> },
) {
  assertCan(ctx.auth, 'skills.manage');
  const { changes, skillId } = options;
  return runChange(ctx, async (tx) => {
    if (!(await lockSkill(tx.db, skillId))) throw notFound('Skill');
    await assertCategory(tx.db, changes.categoryId);
    if (changes.name) await assertNameFree(tx.db, changes.name.nl, skillId);
    const row = await tx.db
      .updateTable('skills')
      .set({
        ...(changes.categoryId !== undefined ? { category_id: changes.categoryId } : {}),
        ...(changes.name ? { name_nl: changes.name.nl, name_en: changes.name.en } : {}),
        ...(changes.description
          ? { description_nl: changes.description.nl, description_en: changes.description.en }
          : {}),
        ...(changes.synonyms ? { synonyms: changes.synonyms } : {}),
        ...(changes.isArchived !== undefined ? { is_archived: changes.isArchived } : {}),
        updated_at: tx.now(),
      })
      .where('id', '=', skillId)
      .returningAll()
      .executeTakeFirstOrThrow();
    tx.record({ action: 'skill.updated', subjectId: skillId, changes: changes as Record<string, unknown> });
    return row;
  });
}

export async function setScale(ctx: Ctx, input: z.infer<typeof scaleBody>) {
  assertCan(ctx.auth, 'skills.manage');
  await runChange(ctx, async (tx) => {
    const top = input.levels.length;
    const tooHigh = await targetAbove(tx.db, top);
    if (tooHigh)
      throw new AppError(
        'conflict',
        `A job role asks for level ${tooHigh.target_level}; keep at least that many levels.`,
      );
    await replaceScale(tx.db, input.levels);
    tx.record({ action: 'skill_scale.set', changes: { levels: top } });
  });
}

/** All or nothing: a dry run checks and counts inside a change that is then rolled back. */
export async function importSkills(ctx: Ctx, input: z.infer<typeof importBody>) {
  assertCan(ctx.auth, 'skills.manage');
  const rows =
    input.format === 'esco' ? parseEscoCsv(input.csv, input.language) : parseGroeipadCsv(input.csv);
  const source = input.format === 'esco' ? 'esco' : 'own';
  const dryRunMarker = new Error('dry run');
  let counts = { created: 0, updated: 0 };
  try {
    await runChange(ctx, async (tx) => {
      counts = await applySkillRows(tx.db, rows, source, tx.now());
      if (input.dryRun) throw dryRunMarker;
      tx.record({ action: 'skills.imported', changes: { format: input.format, ...counts } });
    });
  } catch (error) {
    if (error !== dryRunMarker) throw error;
  }
  return { ...counts, dryRun: input.dryRun };
}
