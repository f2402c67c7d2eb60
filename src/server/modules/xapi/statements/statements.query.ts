import { type RawBuilder, sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';
import type { JsonObject } from './validate-primitives.ts';

/** The filters of GET /statements (Communication 2.1.3), already checked and turned into keys. */
export type StatementFilter = {
  agentKey?: string;
  relatedAgents?: boolean;
  verbId?: string;
  activityKey?: string;
  relatedActivities?: boolean;
  registration?: string;
  since?: string;
  until?: string;
  /** statements/read/mine: only what this credential wrote. */
  credentialId?: string;
  /** Only statements linked to this person (the learner's own record). */
  personId?: string;
};

export type StatementPage = {
  filter: StatementFilter;
  limit: number;
  ascending: boolean;
  /** The seq of the last statement of the previous page. */
  after?: number;
};

/**
 * A stored statement as read: its JSON as the database writes it (`text`), parsed only when a format,
 * attachments or a comparison needs the object.
 */
export type StoredRow = {
  seq: number;
  id: string;
  stored: Date;
  text: string;
  hasTimestamp: boolean;
  hasAttachments: boolean;
  readonly statement: JsonObject;
};

type SelectedRow = {
  seq: number | string;
  id: string;
  stored: Date;
  statement_text: string;
  has_timestamp: boolean;
  has_attachments: boolean;
};

// The statement as text: the page is sent as the database gives it, without parsing it and
// serialising it again in the app.
const selectedColumns = sql`s.seq, s.id, s.stored, s.statement::text AS statement_text,
  s.statement ? 'timestamp' AS has_timestamp, s.has_attachments`;

function storedRow(row: SelectedRow): StoredRow {
  let parsed: JsonObject | undefined;
  return {
    seq: Number(row.seq),
    id: row.id,
    stored: row.stored,
    text: row.statement_text,
    hasTimestamp: row.has_timestamp,
    hasAttachments: row.has_attachments,
    get statement() {
      parsed ??= JSON.parse(row.statement_text) as JsonObject;
      return parsed;
    },
  };
}

/** A stored statement as it is read: with `stored`, and `timestamp` = stored when none was sent. */
export function readBack(row: { stored: Date; statement: JsonObject }): JsonObject {
  const stored = row.stored.toISOString();
  return { ...row.statement, timestamp: row.statement.timestamp ?? stored, stored };
}

/**
 * readBack as JSON text, spliced into the stored text: a stored statement is a non-empty object
 * without `stored` (the store removes it on the way in), so the properties go before its last brace.
 */
export function readBackText(row: StoredRow): string {
  const stored = JSON.stringify(row.stored.toISOString());
  const added = row.hasTimestamp ? `"stored":${stored}` : `"timestamp":${stored},"stored":${stored}`;
  return `${row.text.slice(0, row.text.lastIndexOf('}'))},${added}}`;
}

export const hasContentFilter = (filter: StatementFilter) =>
  Boolean(filter.agentKey || filter.verbId || filter.activityKey || filter.registration);

/** The conditions on what a statement is about (not time, order or who may read it). */
function contentConditions(alias: string, filter: StatementFilter): RawBuilder<unknown>[] {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const conditions: RawBuilder<unknown>[] = [];
  if (filter.agentKey)
    conditions.push(
      filter.relatedAgents
        ? sql`${column('related_agents')} @> ARRAY[${filter.agentKey}]::uuid[]`
        : sql`(${column('actor_key')} = ${filter.agentKey} OR ${column('object_agent_key')} = ${filter.agentKey})`,
    );
  if (filter.verbId) conditions.push(sql`${column('verb_id')} = ${filter.verbId}`);
  if (filter.activityKey)
    conditions.push(
      filter.relatedActivities
        ? sql`${column('related_activities')} @> ARRAY[${filter.activityKey}]::uuid[]`
        : sql`${column('activity_key')} = ${filter.activityKey}`,
    );
  if (filter.registration) conditions.push(sql`${column('registration')} = ${filter.registration}`);
  return conditions;
}

// How far `stored` may run behind `seq`: both are taken as a row is inserted (seq first), so only a
// backend paused between the two could make them disagree, and never by this much.
const storedSkew = '10 minutes';

/**
 * `stored` as an expression no index answers, so the planner walks a filter's (…, seq) index from the
 * seq bound instead of the (organisation_id, stored) index. Its statistics always lag behind the
 * newest statements (they arrive after the last ANALYZE), so it would guess "a few rows since
 * yesterday" and read all of today's statements to find a page of one verb (200,000 rows, 130 ms).
 */
const unindexed = (stored: RawBuilder<unknown>) => sql`(${stored} + interval '0 seconds')`;

/**
 * since/until on `stored`, plus the same bounds as seq ranges: a statement stored before `until` has
 * a lower seq than any stored more than storedSkew after it (and after `since`, a higher seq than any
 * stored storedSkew before it). The seq bound lets a filter's (…, seq) index start at the right place
 * instead of walking from the newest statement back to `until` (seconds at a million statements).
 * Each bound is one step on the (organisation_id, stored) index, in the same query.
 */
export function storedBetween(
  column: (name: string) => RawBuilder<unknown>,
  organisationId: string,
  range: { since?: string; until?: string },
): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (range.since)
    conditions.push(
      sql`${unindexed(column('stored'))} > ${range.since}::timestamptz`,
      sql`${column('seq')} > coalesce((
        SELECT b.seq FROM xapi_statements b
        WHERE b.organisation_id = ${organisationId}
          AND b.stored <= ${range.since}::timestamptz - ${storedSkew}::interval
        ORDER BY b.stored DESC LIMIT 1), 0)`,
    );
  if (range.until)
    conditions.push(
      sql`${unindexed(column('stored'))} <= ${range.until}::timestamptz`,
      sql`${column('seq')} < coalesce((
        SELECT b.seq FROM xapi_statements b
        WHERE b.organisation_id = ${organisationId}
          AND b.stored > ${range.until}::timestamptz + ${storedSkew}::interval
        ORDER BY b.stored LIMIT 1), 9223372036854775807)`,
    );
  return conditions;
}

/** The conditions on the statement that is returned: organisation, not voided, time, reader, page. */
function ownConditions(alias: string, organisationId: string, page: StatementPage): RawBuilder<unknown>[] {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const { filter } = page;
  const conditions = [sql`${column('organisation_id')} = ${organisationId}`, sql`NOT ${column('is_voided')}`];
  conditions.push(...storedBetween(column, organisationId, filter));
  if (filter.credentialId) conditions.push(sql`${column('credential_id')} = ${filter.credentialId}`);
  if (filter.personId) conditions.push(sql`${column('person_id')} = ${filter.personId}`);
  if (page.after !== undefined)
    conditions.push(
      page.ascending ? sql`${column('seq')} > ${page.after}` : sql`${column('seq')} < ${page.after}`,
    );
  return conditions;
}

const and = (conditions: RawBuilder<unknown>[]) => sql.join(conditions, sql` AND `);

/** The page's own conditions, and the statement reading it through the filter's own index. */
function pageParts(organisationId: string, page: StatementPage) {
  const direction = page.ascending ? sql`ASC` : sql`DESC`;
  // limit + 1 (to know whether there is more) in SQL: compiled once per shape, the limit a value.
  const take = sql`${page.limit} + 1`;
  const own = ownConditions('s', organisationId, page);
  const limited = (conditions: RawBuilder<unknown>[]) => sql<SelectedRow>`
    SELECT ${selectedColumns} FROM xapi_statements s
    WHERE ${and([...own, ...conditions])}
    ORDER BY s.seq ${direction} LIMIT ${take}`;
  // An agent is the actor or the object: each on its own index, read in order and stopped after a
  // page, instead of every statement of the agent read through both indexes and sorted. A statement
  // with the agent as both is taken from the actor's side only.
  const { agentKey } = page.filter;
  const other = contentConditions('s', { ...page.filter, agentKey: undefined });
  const direct =
    agentKey && !page.filter.relatedAgents
      ? sql<SelectedRow>`
        (${limited([...other, sql`s.actor_key = ${agentKey}`])})
        UNION ALL
        (${limited([...other, sql`s.object_agent_key = ${agentKey}`, sql`s.actor_key IS DISTINCT FROM ${agentKey}`])})`
      : limited(contentConditions('s', page.filter));
  return { direct, own, direction, take };
}

/**
 * Most stores hold no statement that references another in the page's range: then the direct page
 * is the answer, and the statement that finds it (with whether any reference is in range, from the
 * small partial index xapi_statements_ref) is quick to plan. The whole query of findStatements costs
 * PGlite ~10 ms of planning per page, more than reading the page.
 */
export function quickPage(organisationId: string, page: StatementPage) {
  const { direct, direction, take } = pageParts(organisationId, page);
  return sql<SelectedRow & { has_refs: boolean }>`
    SELECT EXISTS (
        SELECT 1 FROM xapi_statements r
        WHERE r.statement_ref IS NOT NULL AND ${and(ownConditions('r', organisationId, page))}
      ) AS has_refs, page.*
    FROM (SELECT 1) one LEFT JOIN ((${direct})) page ON true
    ORDER BY page.seq ${direction} LIMIT ${take}`;
}

/**
 * One page of statements, newest first unless ascending, plus one more to know whether a next page
 * exists. A statement that points at another (a StatementRef, voiding included) matches the
 * content filters when the statement it points at does, through chains of references (Communication
 * 2.1.3, "filter conditions"); those are found from the few statements that hold a reference.
 *
 * The page's rows are read through the filter's own index (an Index Scan that stops after a page),
 * not chosen as seqs first and looked up again in the (organisation_id, seq) index: those 51 extra
 * descents, each on its own leaf page of a million-entry index, were most of a page's time on
 * PGlite (15 ms against 6 ms warm). Only statements found through a reference are looked up by seq.
 */
export async function findStatements(tenant: TenantDb, page: StatementPage): Promise<StoredRow[]> {
  const { direct, own, direction, take } = pageParts(tenant.organisationId, page);
  if (!hasContentFilter(page.filter)) return (await direct.execute(tenant.executor)).rows.map(storedRow);
  const quick = await quickPage(tenant.organisationId, page).execute(tenant.executor);
  if (!quick.rows[0]?.has_refs) return quick.rows.filter((row) => row.seq !== null).map(storedRow);
  const organisationId = tenant.organisationId;
  // Statements that reach a matching statement through references, and do not match themselves
  // (those are in the direct part already, or older than its whole page).
  const result = await sql<SelectedRow>`
    WITH RECURSIVE refs (seq, target, depth) AS (
      SELECT s.seq, s.statement_ref, 1 FROM xapi_statements s
      WHERE s.statement_ref IS NOT NULL AND ${and(own)}
      UNION
      SELECT refs.seq, t.statement_ref, refs.depth + 1 FROM refs
      JOIN xapi_statements t ON t.organisation_id = ${organisationId} AND t.id = refs.target
      WHERE t.statement_ref IS NOT NULL AND refs.depth < 10
    ),
    referring AS (
      SELECT refs.seq FROM refs
      JOIN xapi_statements t ON t.organisation_id = ${organisationId} AND t.id = refs.target
      WHERE ${and(contentConditions('t', page.filter))}
    )
    SELECT * FROM (
      (${direct})
      UNION ALL
      SELECT ${selectedColumns} FROM xapi_statements s
      WHERE s.organisation_id = ${organisationId} AND s.seq IN (SELECT seq FROM referring)
        AND (${and(contentConditions('s', page.filter))}) IS NOT TRUE
    ) page
    ORDER BY seq ${direction} LIMIT ${take}`.execute(tenant.executor);
  return result.rows.map(storedRow);
}

/** One statement by id; a voided one only when asked for as voided (Communication 2.1.3). */
export async function findStatement(
  tenant: TenantDb,
  options: { id: string; isVoided: boolean; credentialId?: string },
): Promise<StoredRow | null> {
  const conditions = [
    sql`s.organisation_id = ${tenant.organisationId}`,
    sql`s.id = ${options.id}`,
    sql`s.is_voided = ${options.isVoided}`,
  ];
  if (options.credentialId) conditions.push(sql`s.credential_id = ${options.credentialId}`);
  const result = await sql<SelectedRow>`
    SELECT ${selectedColumns} FROM xapi_statements s WHERE ${and(conditions)}`.execute(tenant.executor);
  const row = result.rows[0];
  return row ? storedRow(row) : null;
}

/**
 * X-Experience-API-Consistent-Through: every statement stored before the oldest transaction still
 * running is visible (stored is taken inside the writing transaction, rounded down to the millisecond).
 * Asked of the database at most every `throughMs` per pool and shared meanwhile: an earlier instant is
 * still a true answer (what was visible then stays visible), and a read then costs no extra round trip.
 */
export async function consistentThrough(tenant: TenantDb): Promise<Date> {
  const pool = tenant.executor.isTransaction ? null : tenant.executor;
  const cached = pool && throughs.get(pool);
  if (cached && performance.now() - cached.at < throughMs) return cached.value;
  const value = sql<{ through: Date }>`
    SELECT coalesce(
      (SELECT min(xact_start) FROM pg_stat_activity
        WHERE datname = current_database() AND xact_start IS NOT NULL),
      now()
    ) - interval '1 millisecond' AS through`
    .execute(tenant.executor)
    .then((result) => result.rows[0]!.through);
  if (pool) {
    const entry = { at: performance.now(), value };
    throughs.set(pool, entry);
    value.catch(() => throughs.get(pool) === entry && throughs.delete(pool));
  }
  return value;
}

const throughMs = 500;
const throughs = new WeakMap<object, { at: number; value: Promise<Date> }>();

export async function canonicalDefinitions(
  tenant: TenantDb,
  activityKeys: string[],
): Promise<Map<string, JsonObject>> {
  if (!activityKeys.length) return new Map();
  const rows = await tenant
    .selectFrom('xapi_activities')
    .select(['activity_id', 'definition'])
    .where('activity_key', 'in', [...new Set(activityKeys)])
    .where('definition', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [row.activity_id, row.definition as JsonObject]));
}

export async function attachmentContents(
  tenant: TenantDb,
  hashes: string[],
): Promise<Map<string, { contentType: string; content: Buffer }>> {
  if (!hashes.length) return new Map();
  const rows = await tenant
    .selectFrom('xapi_attachments')
    .select(['sha2', 'content_type', 'content'])
    .where('sha2', 'in', [...new Set(hashes)])
    .execute();
  return new Map(rows.map((row) => [row.sha2, { contentType: row.content_type, content: row.content }]));
}
