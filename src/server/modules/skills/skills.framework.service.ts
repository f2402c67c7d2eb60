import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, invalidField, notFound } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import { parseEscoCsv, parseGroeipadCsv, rejected, type SkillImportRow } from './skills.import.ts';
import type { categoryBody, importBody, scaleBody, skillBody, skillChanges } from './skills.schemas.ts';

async function assertCategory(tenant: TenantDb, categoryId: string | null | undefined) {
  if (!categoryId) return;
  const found = await tenant
    .selectFrom('skill_categories')
    .select('id')
    .where('id', '=', categoryId)
    .executeTakeFirst();
  if (!found) throw invalidField('categoryId', 'no such category in this organisation');
}

async function assertNameFree(tenant: TenantDb, nameNl: string, exceptId?: string) {
  let query = tenant
    .selectFrom('skills')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', nameNl.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  if (await query.executeTakeFirst()) throw invalidField('name.nl', 'another skill already has this name');
}

export async function createCategory(options: { db: Db; auth: Auth; input: z.infer<typeof categoryBody> }) {
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const exists = await tenant
      .selectFrom('skill_categories')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', options.input.name.nl.toLowerCase()))
      .executeTakeFirst();
    if (exists) throw invalidField('name.nl', 'another category already has this name');
    const row = await tenant
      .insertInto('skill_categories', { name_nl: options.input.name.nl, name_en: options.input.name.en })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, options.auth, {
      action: 'skill_category.created',
      subjectType: 'skill_category',
      subjectId: row.id,
      changes: { name: options.input.name },
    });
    return row;
  });
}

export async function createSkill(options: { db: Db; auth: Auth; input: z.infer<typeof skillBody> }) {
  const { input } = options;
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    await assertCategory(tenant, input.categoryId);
    await assertNameFree(tenant, input.name.nl);
    const row = await tenant
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
    await recordEvent(tenant, options.auth, {
      action: 'skill.created',
      subjectType: 'skill',
      subjectId: row.id,
      changes: { name: input.name },
    });
    return row;
  });
}

export async function updateSkill(options: {
  db: Db;
  auth: Auth;
  skillId: string;
  changes: z.infer<typeof skillChanges>;
}) {
  const { changes, skillId } = options;
  return forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const before = await tenant.selectFrom('skills').selectAll().where('id', '=', skillId).executeTakeFirst();
    if (!before) throw notFound('Skill');
    await assertCategory(tenant, changes.categoryId);
    if (changes.name) await assertNameFree(tenant, changes.name.nl, skillId);
    const row = await tenant
      .updateTable('skills')
      .set({
        ...(changes.categoryId !== undefined ? { category_id: changes.categoryId } : {}),
        ...(changes.name ? { name_nl: changes.name.nl, name_en: changes.name.en } : {}),
        ...(changes.description
          ? { description_nl: changes.description.nl, description_en: changes.description.en }
          : {}),
        ...(changes.synonyms ? { synonyms: changes.synonyms } : {}),
        ...(changes.isArchived !== undefined ? { is_archived: changes.isArchived } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', skillId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, options.auth, {
      action: 'skill.updated',
      subjectType: 'skill',
      subjectId: skillId,
      changes: changes as Record<string, unknown>,
    });
    return row;
  });
}

export async function setScale(options: { db: Db; auth: Auth; input: z.infer<typeof scaleBody> }) {
  await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
    const top = options.input.levels.length;
    const tooHigh = await tenant
      .selectFrom('job_role_skills')
      .select('target_level')
      .where('target_level', '>', top)
      .executeTakeFirst();
    if (tooHigh)
      throw new AppError(
        'conflict',
        `A job role asks for level ${tooHigh.target_level}; keep at least that many levels.`,
      );
    await tenant.deleteFrom('skill_scale_levels').execute();
    await tenant
      .insertInto(
        'skill_scale_levels',
        options.input.levels.map((level, i) => ({
          level: i + 1,
          label_nl: level.label.nl,
          label_en: level.label.en,
          descriptor_nl: level.descriptor.nl,
          descriptor_en: level.descriptor.en,
        })),
      )
      .execute();
    await recordEvent(tenant, options.auth, {
      action: 'skill_scale.set',
      subjectType: 'skill_scale',
      changes: { levels: top },
    });
  });
}

async function categoryIdFor(tenant: TenantDb, name: { nl: string; en: string }, cache: Map<string, string>) {
  const key = name.nl.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  const existing = await tenant
    .selectFrom('skill_categories')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', key))
    .executeTakeFirst();
  const id =
    existing?.id ??
    (
      await tenant
        .insertInto('skill_categories', { name_nl: name.nl, name_en: name.en })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  cache.set(key, id);
  return id;
}

/** Applies parsed rows: match by concept URI, else by Dutch name; update what the file says, create the rest. */
export async function applySkillRows(
  tenant: TenantDb,
  rows: SkillImportRow[],
  source: 'own' | 'starter' | 'esco',
): Promise<{ created: number; updated: number }> {
  const existing = await tenant
    .selectFrom('skills')
    .select(['id', 'name_nl', 'name_en', 'external_uri', 'synonyms'])
    .execute();
  const byUri = new Map(existing.filter((s) => s.external_uri).map((s) => [s.external_uri!, s]));
  const byName = new Map(existing.map((s) => [s.name_nl.toLowerCase(), s]));
  const categories = new Map<string, string>();
  let created = 0;
  let updated = 0;
  for (const row of rows) {
    const match =
      (row.externalUri ? byUri.get(row.externalUri) : undefined) ??
      (row.name.nl ? byName.get(row.name.nl.toLowerCase()) : undefined);
    const categoryId = row.category ? await categoryIdFor(tenant, row.category, categories) : undefined;
    if (match) {
      if (row.name.nl && row.name.nl.toLowerCase() !== match.name_nl.toLowerCase()) {
        const clash = byName.get(row.name.nl.toLowerCase());
        if (clash && clash.id !== match.id)
          throw rejected([
            {
              line: row.line,
              column: 'preferredLabel',
              field: 'name',
              message: 'another skill already has this name',
              code: 'duplicate',
            },
          ]);
      }
      await tenant
        .updateTable('skills')
        .set({
          ...(row.name.nl ? { name_nl: row.name.nl } : {}),
          ...(row.name.en ? { name_en: row.name.en } : {}),
          ...(row.description.nl ? { description_nl: row.description.nl } : {}),
          ...(row.description.en ? { description_en: row.description.en } : {}),
          ...(row.externalUri ? { external_uri: row.externalUri } : {}),
          ...(categoryId ? { category_id: categoryId } : {}),
          synonyms: [...new Set([...match.synonyms, ...row.synonyms])],
          updated_at: new Date(),
        })
        .where('id', '=', match.id)
        .execute();
      updated++;
    } else {
      const nameNl = row.name.nl || row.name.en!;
      const inserted = await tenant
        .insertInto('skills', {
          name_nl: nameNl,
          name_en: row.name.en || nameNl,
          description_nl: row.description.nl ?? '',
          description_en: row.description.en ?? '',
          synonyms: row.synonyms,
          source,
          external_uri: row.externalUri,
          category_id: categoryId ?? null,
        })
        .returning(['id', 'name_nl', 'name_en', 'external_uri', 'synonyms'])
        .executeTakeFirstOrThrow();
      byName.set(nameNl.toLowerCase(), inserted);
      if (row.externalUri) byUri.set(row.externalUri, inserted);
      created++;
    }
  }
  return { created, updated };
}

/** All or nothing: a dry run checks and counts inside a transaction that is then rolled back. */
export async function importSkills(options: { db: Db; auth: Auth; input: z.infer<typeof importBody> }) {
  const { input } = options;
  const rows =
    input.format === 'esco' ? parseEscoCsv(input.csv, input.language) : parseGroeipadCsv(input.csv);
  const source = input.format === 'esco' ? 'esco' : 'own';
  const dryRunMarker = new Error('dry run');
  let counts = { created: 0, updated: 0 };
  try {
    await forOrganisation(options.db, options.auth.organisationId).transaction(async (tenant) => {
      counts = await applySkillRows(tenant, rows, source);
      if (input.dryRun) throw dryRunMarker;
      await recordEvent(tenant, options.auth, {
        action: 'skills.imported',
        subjectType: 'skill_framework',
        changes: { format: input.format, ...counts },
      });
    });
  } catch (error) {
    if (error !== dryRunMarker) throw error;
  }
  return { ...counts, dryRun: input.dryRun };
}
