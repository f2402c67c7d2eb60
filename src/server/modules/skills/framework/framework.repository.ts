import type { TenantDb } from '../../../db/tenant.ts';
import { rejected, type SkillImportRow } from './framework.import.ts';

export const listCategories = (tenant: TenantDb) =>
  tenant.selectFrom('skill_categories').selectAll().orderBy('name_nl').execute();

export const findCategory = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('skill_categories').select('id').where('id', '=', id).executeTakeFirst();

/** A category with this Dutch name, whatever its case. */
export const findCategoryNamed = (tenant: TenantDb, nameNl: string) =>
  tenant
    .selectFrom('skill_categories')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', nameNl.toLowerCase()))
    .executeTakeFirst();

export const insertCategory = (tenant: TenantDb, name: { nl: string; en: string }) =>
  tenant
    .insertInto('skill_categories', { name_nl: name.nl, name_en: name.en })
    .returningAll()
    .executeTakeFirstOrThrow();

/** Another skill with this Dutch name, whatever its case. */
export function findSkillNamed(tenant: TenantDb, nameNl: string, exceptId?: string) {
  let query = tenant
    .selectFrom('skills')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name_nl']), '=', nameNl.toLowerCase()));
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export const lockSkill = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('skills').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** A job-role target above this level, if any: the scale cannot shrink below it. */
export const targetAbove = (tenant: TenantDb, level: number) =>
  tenant
    .selectFrom('job_role_skills')
    .select('target_level')
    .where('target_level', '>', level)
    .executeTakeFirst();

export async function replaceScale(
  tenant: TenantDb,
  levels: { label: { nl: string; en: string }; descriptor: { nl: string; en: string } }[],
) {
  await tenant.deleteFrom('skill_scale_levels').execute();
  await tenant
    .insertInto(
      'skill_scale_levels',
      levels.map((level, i) => ({
        level: i + 1,
        label_nl: level.label.nl,
        label_en: level.label.en,
        descriptor_nl: level.descriptor.nl,
        descriptor_en: level.descriptor.en,
      })),
    )
    .execute();
}

async function categoryIdFor(tenant: TenantDb, name: { nl: string; en: string }, cache: Map<string, string>) {
  const key = name.nl.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  const id = (await findCategoryNamed(tenant, key))?.id ?? (await insertCategory(tenant, name)).id;
  cache.set(key, id);
  return id;
}

/** Applies parsed rows: match by concept URI, else by Dutch name; update what the file says, create the rest. */
export async function applySkillRows(
  tenant: TenantDb,
  rows: SkillImportRow[],
  source: 'own' | 'starter' | 'esco',
  at: Date,
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
          updated_at: at,
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
