import type { Selectable } from 'kysely';
import type { SkillCategoriesTable, SkillsTable } from '../../db/schema.ts';
import { displayName } from '../people/index.ts';

type SkillRow = Selectable<SkillsTable>;

export function presentSkill(row: SkillRow) {
  return {
    id: row.id,
    categoryId: row.category_id,
    name: { nl: row.name_nl, en: row.name_en },
    description: { nl: row.description_nl, en: row.description_en },
    synonyms: row.synonyms,
    source: row.source,
    externalUri: row.external_uri,
    isArchived: row.is_archived,
  };
}

export function presentCategory(row: Selectable<SkillCategoriesTable>) {
  return { id: row.id, name: { nl: row.name_nl, en: row.name_en } };
}

export type PersonNameRow = {
  id: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  org_unit_id?: string | null;
  org_unit_name?: string | null;
};

export function presentPersonRef(row: PersonNameRow) {
  return {
    id: row.id,
    displayName: displayName(row),
    ...(row.org_unit_id !== undefined
      ? { orgUnit: row.org_unit_id ? { id: row.org_unit_id, name: row.org_unit_name ?? '' } : null }
      : {}),
  };
}
