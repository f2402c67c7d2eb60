import { sql } from 'kysely';
import type { Locale, StatementKind } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

export type PrincipleTable = 'core_values' | 'core_competencies';

export function statementsQuery(tenant: TenantDb) {
  return tenant
    .selectFrom('direction_statements')
    .leftJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'direction_statements.organisation_id')
        .onRef('people.id', '=', 'direction_statements.created_by'),
    )
    .selectAll('direction_statements')
    .select(
      sql<
        string | null
      >`people.given_name || ' ' || concat_ws(' ', people.family_name_prefix, people.family_name)`.as(
        'created_by_name',
      ),
    );
}
export type StatementRow = Awaited<ReturnType<ReturnType<typeof statementsQuery>['executeTakeFirstOrThrow']>>;

/** The newest published version of each kind in the reader's language, else in the organisation's. */
export async function currentStatements(tenant: TenantDb, locale: Locale, fallback: Locale) {
  const rows = await statementsQuery(tenant)
    .where('direction_statements.status', '=', 'published')
    .where('direction_statements.locale', 'in', [locale, fallback])
    .orderBy('direction_statements.version', 'desc')
    .execute();
  const pick = (kind: StatementKind) =>
    rows.find((row) => row.kind === kind && row.locale === locale) ??
    rows.find((row) => row.kind === kind && row.locale === fallback) ??
    null;
  return { mission: pick('mission'), vision: pick('vision'), strategy: pick('strategy') };
}

export async function listPrinciples(
  tenant: TenantDb,
  table: PrincipleTable,
  options: { withDrafts: boolean },
) {
  let query = tenant.selectFrom(table).selectAll().orderBy('position').orderBy('name');
  if (!options.withDrafts) query = query.where('status', '=', 'published');
  return query.execute();
}

export type LinkedSkill = { id: string; name: { nl: string; en: string } };

/** The skills of the skills framework linked to each competency, by Dutch name. */
export async function skillsOfCompetencies(tenant: TenantDb, competencyIds: string[]) {
  const map = new Map<string, LinkedSkill[]>();
  if (competencyIds.length === 0) return map;
  const rows = await tenant
    .selectFrom('competency_skills')
    .innerJoin('skills', (join) =>
      join
        .onRef('skills.organisation_id', '=', 'competency_skills.organisation_id')
        .onRef('skills.id', '=', 'competency_skills.skill_id'),
    )
    .select(['competency_skills.competency_id', 'skills.id', 'skills.name_nl', 'skills.name_en'])
    .where('competency_skills.competency_id', 'in', competencyIds)
    .orderBy('skills.name_nl')
    .execute();
  for (const row of rows)
    map.set(row.competency_id, [
      ...(map.get(row.competency_id) ?? []),
      { id: row.id, name: { nl: row.name_nl, en: row.name_en } },
    ]);
  return map;
}
