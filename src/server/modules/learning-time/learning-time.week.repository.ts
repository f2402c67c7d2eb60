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

export type WeekVersions = { mine: string; everyone: string };

/**
 * The versions a kept week view is checked against, mine and everyone's in the organisation, for each of
 * `people` (a uuid[]: one, inside the week's own statement, or a crowd asking at once): a primary-key
 * read each.
 */
const versionsSql = (organisationId: string, people: unknown) => sql<WeekVersions & { person_id: string }>`
  SELECT p.person_id::text AS person_id, coalesce(v.version, 0)::text AS mine, coalesce(e.version, 0)::text AS everyone
    FROM unnest(${people}::uuid[]) AS p(person_id)
    LEFT JOIN learning_time_versions v ON v.organisation_id = ${organisationId} AND v.person_id = p.person_id
    LEFT JOIN learning_time_versions e ON e.organisation_id = ${organisationId} AND e.person_id = ${everyone}::uuid`;

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
    sql<WeekVersions>`(SELECT row_to_json(v) FROM (${versionsSql(tenant.organisationId, sql`ARRAY[${personId}::uuid]`)}) v)`.as(
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

let versionsStatement: ReturnType<typeof compileWith<WeekVersions & { person_id: string }>> | undefined;

type Asking = { personId: string; answer: (versions: Promise<WeekVersions>) => void };
/** Per organisation: who waits for the next read of versions, and whether one is being read. */
const asking = new Map<string, { waiting: Asking[]; reading: boolean }>();

/**
 * The versions now. Everyone of the organisation who asks while a read is under way waits for the next
 * one, and that one reads all of them in one statement: each still gets versions read by a statement
 * that began after they asked (so no change committed before it is missed), but a crowd of week views
 * costs a read per round trip, not one each (a read cost about as much as the rest of a kept request).
 */
export function weekVersions(tenant: TenantDb, personId: string): Promise<WeekVersions> {
  if (tenant.executor.isTransaction)
    return readVersions(tenant, [personId]).then((found) => found.get(personId.toLowerCase())!);
  return new Promise((resolve, reject) => {
    let queue = asking.get(tenant.organisationId);
    if (!queue) {
      queue = { waiting: [], reading: false };
      asking.set(tenant.organisationId, queue);
    }
    queue.waiting.push({ personId, answer: (versions) => versions.then(resolve, reject) });
    if (!queue.reading) void readInTurn(tenant, queue);
  });
}

async function readInTurn(tenant: TenantDb, queue: { waiting: Asking[]; reading: boolean }) {
  queue.reading = true;
  while (queue.waiting.length) {
    const batch = queue.waiting.splice(0);
    const found = readVersions(tenant, [...new Set(batch.map((one) => one.personId))]);
    for (const one of batch) one.answer(found.then((versions) => versions.get(one.personId.toLowerCase())!));
    await found.catch(() => undefined);
  }
  queue.reading = false;
  asking.delete(tenant.organisationId);
}

async function readVersions(tenant: TenantDb, personIds: string[]) {
  versionsStatement ??= compileWith(
    versionsSql(standIn('organisation'), standIn('people')).compile(tenant.executor),
  );
  const parameters = versionsStatement.parameters({ organisation: tenant.organisationId, people: personIds });
  const result = await tenant.executor.executeQuery(
    prepared<WeekVersions & { person_id: string }>(
      'learning-time.week-versions-of-each',
      versionsStatement.sql,
      parameters,
    ),
  );
  return new Map(result.rows.map(({ person_id, mine, everyone }) => [person_id, { mine, everyone }]));
}
