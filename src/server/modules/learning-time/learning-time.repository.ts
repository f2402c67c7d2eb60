import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of learning time, on the organisation-scoped database.

export type BlockRow = {
  id: string;
  person_id: string;
  title: string;
  subject_kind: 'content' | 'course' | 'path' | null;
  subject_id: string | null;
  starts_on: string;
  start_time: string;
  end_time: string;
  repeats_weekly: boolean;
  repeat_until: string | null;
  sequence: number;
  updated_at: Date;
};

/** A block as the week view reads it (one JSON statement: no instants, see weekParts). */
export type WeekBlockRow = Omit<BlockRow, 'sequence' | 'updated_at'>;

export const weekBlockColumns = [
  'id',
  'person_id',
  'title',
  'subject_kind',
  'subject_id',
  sql<string>`starts_on::text`.as('starts_on'),
  sql<string>`to_char(start_time, 'HH24:MI')`.as('start_time'),
  sql<string>`to_char(end_time, 'HH24:MI')`.as('end_time'),
  'repeats_weekly',
  sql<string | null>`repeat_until::text`.as('repeat_until'),
] as const;

const blockColumns = [...weekBlockColumns, 'sequence', 'updated_at'] as const;

const normsQuery = (tenant: TenantDb) =>
  tenant
    .selectFrom('learning_time_norms')
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'learning_time_norms.organisation_id')
        .onRef('org_units.id', '=', 'learning_time_norms.org_unit_id'),
    )
    .select([
      'learning_time_norms.id',
      'learning_time_norms.scope',
      'learning_time_norms.org_unit_id',
      'org_units.name as org_unit_name',
      'learning_time_norms.role',
      'learning_time_norms.minutes_per_week',
      sql<number | null>`learning_time_norms.percent_of_contract::float8`.as('percent_of_contract'),
    ])
    .orderBy('learning_time_norms.scope')
    .orderBy('org_units.name')
    .orderBy('learning_time_norms.role');

export const listNorms = (tenant: TenantDb) => normsQuery(tenant).execute();
export type NormRow = Awaited<ReturnType<typeof listNorms>>[number];
/** What the norm rules read of each norm (the week view reads no unit names). */
export type NormRule = Pick<
  NormRow,
  'scope' | 'org_unit_id' | 'role' | 'minutes_per_week' | 'percent_of_contract'
>;

export type NormFactsRow = {
  id: string;
  contract_hours: number | null;
  roles: string[];
  has_reports: boolean;
  unit_line: string[];
};

/**
 * The SQL behind normFactsOf, also a subquery of the week view. One person is compared with `=`, not
 * `= ANY(array)`: a prepared statement's generic plan then counts one person, not an unknown number,
 * so the server keeps the plan instead of planning the week view again on every request.
 */
export const normFactsSql = (tenant: TenantDb, personIds: string[]) => {
  const who = personIds.length === 1 ? sql`= ${personIds[0]}::uuid` : sql`= ANY(${personIds}::uuid[])`;
  return sql<NormFactsRow>`
    WITH RECURSIVE line AS (
      SELECT p.id AS person_id, u.id, u.parent_id, 1 AS depth FROM people p
        JOIN org_units u ON u.organisation_id = p.organisation_id AND u.id = p.org_unit_id
       WHERE p.organisation_id = ${tenant.organisationId} AND p.id ${who}
      UNION ALL
      SELECT line.person_id, u.id, u.parent_id, line.depth + 1 FROM org_units u
        JOIN line ON u.id = line.parent_id
       WHERE u.organisation_id = ${tenant.organisationId} AND line.depth < 50
    )
    SELECT p.id, p.contract_hours::float8 AS contract_hours,
      coalesce((SELECT array_agg(r.role) FROM person_roles r
        WHERE r.organisation_id = p.organisation_id AND r.person_id = p.id), '{}') AS roles,
      EXISTS (SELECT 1 FROM people m WHERE m.organisation_id = p.organisation_id AND m.manager_id = p.id
        AND m.status <> 'left') AS has_reports,
      coalesce((SELECT array_agg(line.id ORDER BY line.depth) FROM line WHERE line.person_id = p.id), '{}') AS unit_line
    FROM people p WHERE p.organisation_id = ${tenant.organisationId} AND p.id ${who}`;
};

/** What decides each person's norm: their unit line (nearest first), roles, contract hours. */
export async function normFactsOf(tenant: TenantDb, personIds: string[]) {
  if (!personIds.length) return [];
  return (await normFactsSql(tenant, personIds).execute(tenant.executor)).rows;
}
export type NormFacts = Awaited<ReturnType<typeof normFactsOf>>[number];

export async function replaceNorms(
  tenant: TenantDb,
  norms: {
    scope: 'organisation' | 'unit' | 'role';
    org_unit_id: string | null;
    role: string | null;
    minutes_per_week: number | null;
    percent_of_contract: number | null;
  }[],
) {
  await tenant.deleteFrom('learning_time_norms').execute();
  if (norms.length) await tenant.insertInto('learning_time_norms', norms as never).execute();
}

export const countUnits = async (tenant: TenantDb, ids: string[]) =>
  ids.length
    ? Number(
        (
          await tenant
            .selectFrom('org_units')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('id', 'in', ids)
            .executeTakeFirstOrThrow()
        ).n,
      )
    : 0;

/** Minutes learned per person in a period: totals only (the team view never sees what). */
export async function learnedTotals(tenant: TenantDb, personIds: string[], from: string, to: string) {
  if (!personIds.length) return new Map<string, number>();
  const rows = await tenant
    .selectFrom('learning_time_entries')
    .select(['person_id', (eb) => eb.fn.sum<string>('minutes').as('minutes')])
    .where('person_id', 'in', personIds)
    .where('on_date', '>=', from)
    .where('on_date', '<=', to)
    .groupBy('person_id')
    .execute();
  return new Map(rows.map((row) => [row.person_id, Number(row.minutes)]));
}

export const insertEntry = (
  tenant: TenantDb,
  entry: {
    person_id: string;
    on_date: string;
    minutes: number;
    source: 'progress' | 'event' | 'workout' | 'manual';
    source_id: string | null;
    description: string | null;
  },
) =>
  tenant
    .insertInto('learning_time_entries', entry)
    .onConflict((oc) =>
      oc
        .columns(['organisation_id', 'person_id', 'source', 'source_id'])
        .where('source_id', 'is not', null)
        .doNothing(),
    )
    .returning('id')
    .executeTakeFirst();

export const deleteOwnManualEntry = (tenant: TenantDb, personId: string, id: string) =>
  tenant
    .deleteFrom('learning_time_entries')
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('source', '=', 'manual')
    .executeTakeFirst();

/** Blocks that may occur between two dates (one-off in the period, weekly ones started and not ended). */
export const blocksBetween = (tenant: TenantDb, personIds: string[], from: string, to: string) =>
  personIds.length
    ? tenant
        .selectFrom('learning_time_blocks')
        .select(blockColumns)
        .where('person_id', 'in', personIds)
        .where('starts_on', '<=', to)
        .where((eb) =>
          eb.or([
            eb('starts_on', '>=', from),
            eb.and([
              eb('repeats_weekly', '=', true),
              eb.or([eb('repeat_until', 'is', null), eb('repeat_until', '>=', from)]),
            ]),
          ]),
        )
        .orderBy('starts_on')
        .orderBy('start_time')
        .execute()
    : Promise.resolve([] as BlockRow[]);

export const blocksOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('learning_time_blocks')
    .select(blockColumns)
    .where('person_id', '=', personId)
    .orderBy('starts_on')
    .orderBy('start_time')
    .execute() as Promise<BlockRow[]>;

export const findBlockForUpdate = (tenant: TenantDb, id: string) =>
  tenant
    .selectFrom('learning_time_blocks')
    .select(blockColumns)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst() as Promise<BlockRow | undefined>;

export type BlockColumns = {
  title: string;
  subject_kind: 'content' | 'course' | 'path' | null;
  subject_id: string | null;
  starts_on: string;
  start_time: string;
  end_time: string;
  repeats_weekly: boolean;
  repeat_until: string | null;
};

export const insertBlock = (tenant: TenantDb, personId: string, columns: BlockColumns) =>
  tenant
    .insertInto('learning_time_blocks', { person_id: personId, ...columns })
    .returning('id')
    .executeTakeFirstOrThrow();

export const updateBlock = (tenant: TenantDb, id: string, columns: BlockColumns, at: Date) =>
  tenant
    .updateTable('learning_time_blocks')
    .set({ ...columns, sequence: sql<number>`sequence + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();

export const deleteBlock = (tenant: TenantDb, id: string) =>
  tenant.deleteFrom('learning_time_blocks').where('id', '=', id).execute();

export const feedOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('learning_time_feeds')
    .select(['person_id'])
    .where('person_id', '=', personId)
    .executeTakeFirst();

export const saveFeed = (tenant: TenantDb, personId: string, tokenHash: string) =>
  tenant
    .insertInto('learning_time_feeds', { person_id: personId, token_hash: tokenHash })
    .onConflict((oc) => oc.columns(['organisation_id', 'person_id']).doUpdateSet({ token_hash: tokenHash }))
    .execute();

export const deleteFeed = (tenant: TenantDb, personId: string) =>
  tenant.deleteFrom('learning_time_feeds').where('person_id', '=', personId).execute();

export const personOfFeed = (tenant: TenantDb, tokenHash: string) =>
  tenant
    .selectFrom('learning_time_feeds')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'learning_time_feeds.organisation_id')
        .onRef('people.id', '=', 'learning_time_feeds.person_id'),
    )
    .select(['people.id', 'people.given_name', 'people.locale'])
    .where('learning_time_feeds.token_hash', '=', tokenHash)
    .where('people.status', '<>', 'left')
    .executeTakeFirst();

/** The people whose manager this is (the team view), with their names. */
export const reportsOf = (tenant: TenantDb, managerId: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'given_name', 'family_name_prefix', 'family_name'])
    .where('manager_id', '=', managerId)
    .where('status', '<>', 'left')
    .orderBy('family_name')
    .orderBy('given_name')
    .execute();

export const deleteSourcedEntry = (
  tenant: TenantDb,
  personId: string,
  source: 'progress' | 'event' | 'workout',
  sourceId: string,
) =>
  tenant
    .deleteFrom('learning_time_entries')
    .where('person_id', '=', personId)
    .where('source', '=', source)
    .where('source_id', '=', sourceId)
    .execute();
