import { port } from '../../core/ports.ts';
import { displayNameSql } from '../../db/person-name.ts';
import type { Locale, StatementKind } from '../../db/schema.ts';
import '../../core/references.ts';
import type { TenantDb } from '../../db/tenant.ts';
import type { PrincipleInput } from './direction.schemas.ts';

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
    .select(displayNameSql<string | null>('people').as('created_by_name'));
}
export type StatementRow = Awaited<ReturnType<ReturnType<typeof statementsQuery>['executeTakeFirstOrThrow']>>;

/** Every version of one kind of statement (optionally one language), newest first. */
export function statementVersions(tenant: TenantDb, query: { kind: StatementKind; locale?: Locale }) {
  let found = statementsQuery(tenant)
    .where('direction_statements.kind', '=', query.kind)
    .orderBy('direction_statements.version', 'desc');
  if (query.locale) found = found.where('direction_statements.locale', '=', query.locale);
  return found.execute();
}

export const findStatement = (tenant: TenantDb, id: string) =>
  statementsQuery(tenant).where('direction_statements.id', '=', id).executeTakeFirst();

/** The latest version of a statement in one language: the next one counts on from it. */
export const lastStatementVersion = (tenant: TenantDb, kind: StatementKind, locale: Locale) =>
  tenant
    .selectFrom('direction_statements')
    .select(['version', 'period_start', 'period_end'])
    .where('kind', '=', kind)
    .where('locale', '=', locale)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();

export const insertStatement = (
  tenant: TenantDb,
  values: {
    kind: StatementKind;
    locale: Locale;
    version: number;
    body: string;
    status: 'draft' | 'published';
    period_start: string | null;
    period_end: string | null;
    created_by: string | null;
  },
) => tenant.insertInto('direction_statements', values).returning(['id', 'version']).executeTakeFirstOrThrow();

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

export const insertPrinciple = (tenant: TenantDb, table: PrincipleTable, input: PrincipleInput) =>
  tenant
    .insertInto(table, { ...input, behaviours: JSON.stringify(input.behaviours) })
    .returning('id')
    .executeTakeFirstOrThrow();

/** Changes the fields given; answers whether the principle exists. */
export async function updatePrincipleRow(
  tenant: TenantDb,
  table: PrincipleTable,
  id: string,
  changes: Partial<PrincipleInput>,
  at: Date,
) {
  const { behaviours, ...rest } = changes;
  const result = await tenant
    .updateTable(table)
    .set({ ...rest, ...(behaviours ? { behaviours: JSON.stringify(behaviours) } : {}), updated_at: at })
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Removes a value or competency (its skill links go with it); answers its name, or undefined when unknown. */
export async function deletePrincipleRow(tenant: TenantDb, table: PrincipleTable, id: string) {
  const row = await tenant.deleteFrom(table).where('id', '=', id).returning('name').executeTakeFirst();
  return row?.name;
}

export const competencyExists = async (tenant: TenantDb, id: string) =>
  Boolean(await tenant.selectFrom('core_competencies').select('id').where('id', '=', id).executeTakeFirst());

export async function replaceCompetencySkills(tenant: TenantDb, competencyId: string, skillIds: string[]) {
  await tenant.deleteFrom('competency_skills').where('competency_id', '=', competencyId).execute();
  if (skillIds.length)
    await tenant
      .insertInto(
        'competency_skills',
        skillIds.map((skill_id) => ({ competency_id: competencyId, skill_id })),
      )
      .execute();
}

/** Skills of the published core competencies, in the competencies' order: demand for skills' gap view. */
export function publishedCompetencySkills(tenant: TenantDb) {
  return tenant
    .selectFrom('competency_skills')
    .innerJoin('core_competencies', (join) =>
      join
        .onRef('core_competencies.organisation_id', '=', 'competency_skills.organisation_id')
        .onRef('core_competencies.id', '=', 'competency_skills.competency_id'),
    )
    .select(['competency_skills.skill_id', 'core_competencies.id', 'core_competencies.name'])
    .where('core_competencies.status', '=', 'published')
    .orderBy('core_competencies.position')
    .orderBy('core_competencies.name')
    .execute();
}

/** Which of these ids are skills of the organisation's framework (skills resolves them: a port). */
export async function knownSkillIds(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return new Set<string>();
  const skills = port('skillReferences').skill;
  return new Set((await skills(tenant, ids, { auth: null, locale: 'nl' })).keys());
}

export type LinkedSkill = { id: string; name: { nl: string; en: string } };

/** The skills of the skills framework linked to each competency, by Dutch name. */
export async function skillsOfCompetencies(tenant: TenantDb, competencyIds: string[]) {
  const map = new Map<string, LinkedSkill[]>();
  if (competencyIds.length === 0) return map;
  const links = await tenant
    .selectFrom('competency_skills')
    .select(['competency_id', 'skill_id'])
    .where('competency_id', 'in', competencyIds)
    .execute();
  if (!links.length) return map;
  const ids = [...new Set(links.map((link) => link.skill_id))];
  const skills = port('skillReferences').skill;
  const [dutch, english] = await Promise.all([
    skills(tenant, ids, { auth: null, locale: 'nl' }),
    skills(tenant, ids, { auth: null, locale: 'en' }),
  ]);
  const named = links
    .filter((link) => dutch.has(link.skill_id))
    .map((link) => ({
      competencyId: link.competency_id,
      skill: {
        id: link.skill_id,
        name: { nl: dutch.get(link.skill_id)!.title, en: english.get(link.skill_id)!.title },
      },
    }))
    .sort((a, b) => a.skill.name.nl.localeCompare(b.skill.name.nl, 'nl'));
  for (const { competencyId, skill } of named)
    map.set(competencyId, [...(map.get(competencyId) ?? []), skill]);
  return map;
}
