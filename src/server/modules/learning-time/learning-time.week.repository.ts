import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { compileWith, prepared, standIn } from '../../db/prepared.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { proposalsForQuery } from './learning-time.proposals.repository.ts';
import {
  type NormFactsRow,
  normFactsSql,
  type WeekBlockRow,
  weekBlockColumns,
} from './learning-time.repository.ts';

// The week view's SQL: its one statement, and the versions a kept copy of it is checked against.

const entriesQuery = (tenant: TenantDb, personId: string, from: string, to: string) =>
  tenant
    .selectFrom('learning_time_entries')
    .select(['id', sql<string>`on_date::text`.as('on_date'), 'minutes', 'source', 'description'])
    .where('person_id', '=', personId)
    .where('on_date', '>=', from)
    .where('on_date', '<=', to)
    .orderBy('on_date')
    .orderBy('created_at');

/** What the norm rules read of each norm (no unit names: the week view's part). */
const normRulesQuery = (tenant: TenantDb) =>
  tenant
    .selectFrom('learning_time_norms')
    .select([
      'scope',
      'org_unit_id',
      'role',
      'minutes_per_week',
      sql<number | null>`percent_of_contract::float8`.as('percent_of_contract'),
    ]);

/** The row of learning_time_versions that the organisation's norms and unit tree bump (migration 0345). */
const everyone = '00000000-0000-0000-0000-000000000000';

/** The versions a kept week view is checked against: mine and everyone's in the organisation. */
const versionsSql = (organisationId: string, personId: string) => sql<WeekVersions>`
  SELECT coalesce((SELECT version FROM learning_time_versions
           WHERE organisation_id = ${organisationId} AND person_id = ${personId}::uuid), 0)::text AS mine,
         coalesce((SELECT version FROM learning_time_versions
           WHERE organisation_id = ${organisationId} AND person_id = ${everyone}::uuid), 0)::text AS everyone`;
export type WeekVersions = { mine: string; everyone: string };

/**
 * Everything my week shows in one statement (one round trip): the week's entries, all my blocks (the
 * week's occurrences are worked out from them), the organisation's norms, what decides my norm, and
 * the team learning hours put to me. Each part is an index range on the person (see the indexes of
 * migration 0200/0201). With the versions it was read at (the same snapshot), to keep it by.
 */
export const weekPartsQuery = (tenant: TenantDb, personId: string, from: string, to: string, today: string) =>
  tenant.executor.selectNoFrom([
    jsonArrayFrom(entriesQuery(tenant, personId, from, to)).as('entries'),
    jsonArrayFrom(
      tenant
        .selectFrom('learning_time_blocks')
        .select(weekBlockColumns)
        .where('person_id', '=', personId)
        .orderBy('starts_on')
        .orderBy('start_time'),
    ).as('blocks'),
    jsonArrayFrom(normRulesQuery(tenant)).as('norms'),
    sql<NormFactsRow | null>`(SELECT row_to_json(f) FROM (${normFactsSql(tenant, [personId])}) f)`.as(
      'facts',
    ),
    jsonArrayFrom(proposalsForQuery(tenant, personId, today)).as('proposals'),
    sql<WeekVersions>`(SELECT row_to_json(v) FROM (${versionsSql(tenant.organisationId, personId)}) v)`.as(
      'versions',
    ),
  ]);

type WeekParts =
  ReturnType<typeof weekPartsQuery> extends { executeTakeFirstOrThrow(): Promise<infer R> } ? R : never;
// Compiled once (the week view is the most asked read of learning time), run as a prepared statement.
let weekStatement: ReturnType<typeof compileWith<WeekParts>> | undefined;

export async function weekParts(tenant: TenantDb, personId: string, from: string, to: string, today: string) {
  weekStatement ??= compileWith(
    weekPartsQuery(
      forOrganisation(tenant.executor, standIn('organisation')),
      standIn('person'),
      standIn('from'),
      standIn('to'),
      standIn('today'),
    ).compile(),
  );
  const parameters = weekStatement.parameters({
    organisation: tenant.organisationId,
    person: personId,
    from,
    to,
    today,
  });
  const result = await tenant.executor.executeQuery(
    prepared<WeekParts>('learning-time.week', weekStatement.sql, parameters),
  );
  const row = result.rows[0]!;
  return { ...row, blocks: row.blocks as WeekBlockRow[] };
}

let versionsStatement: ReturnType<typeof compileWith<WeekVersions>> | undefined;

/** The versions now: one read of two primary-key rows, run as a prepared statement. */
export async function weekVersions(tenant: TenantDb, personId: string): Promise<WeekVersions> {
  versionsStatement ??= compileWith(
    versionsSql(standIn('organisation'), standIn('person')).compile(tenant.executor),
  );
  const parameters = versionsStatement.parameters({ organisation: tenant.organisationId, person: personId });
  const result = await tenant.executor.executeQuery(
    prepared<WeekVersions>('learning-time.week-versions', versionsStatement.sql, parameters),
  );
  return result.rows[0]!;
}
