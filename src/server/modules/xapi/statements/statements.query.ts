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

export type StoredRow = {
  seq: number;
  id: string;
  stored: Date;
  statement: JsonObject;
  hasAttachments: boolean;
};

/** A stored statement as it is read: with `stored`, and `timestamp` = stored when none was sent. */
export function readBack(row: { stored: Date; statement: JsonObject }): JsonObject {
  const stored = row.stored.toISOString();
  return { ...row.statement, timestamp: row.statement.timestamp ?? stored, stored };
}

const hasContentFilter = (filter: StatementFilter) =>
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

/** The conditions on the statement that is returned: organisation, not voided, time, reader, page. */
function ownConditions(alias: string, organisationId: string, page: StatementPage): RawBuilder<unknown>[] {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const { filter } = page;
  const conditions = [sql`${column('organisation_id')} = ${organisationId}`, sql`NOT ${column('is_voided')}`];
  if (filter.since) conditions.push(sql`${column('stored')} > ${filter.since}::timestamptz`);
  if (filter.until) conditions.push(sql`${column('stored')} <= ${filter.until}::timestamptz`);
  if (filter.credentialId) conditions.push(sql`${column('credential_id')} = ${filter.credentialId}`);
  if (filter.personId) conditions.push(sql`${column('person_id')} = ${filter.personId}`);
  if (page.after !== undefined)
    conditions.push(
      page.ascending ? sql`${column('seq')} > ${page.after}` : sql`${column('seq')} < ${page.after}`,
    );
  return conditions;
}

const and = (conditions: RawBuilder<unknown>[]) => sql.join(conditions, sql` AND `);

/**
 * One page of statements, newest first unless ascending, plus one more to know whether a next page
 * exists. A statement that points at another (a StatementRef, voiding included) matches the
 * content filters when the statement it points at does, through chains of references (Communication
 * 2.1.3, "filter conditions"); those are found from the few statements that hold a reference.
 */
export async function findStatements(tenant: TenantDb, page: StatementPage): Promise<StoredRow[]> {
  const organisationId = tenant.organisationId;
  const direction = page.ascending ? sql`ASC` : sql`DESC`;
  const take = page.limit + 1;
  const direct = sql`
    SELECT s.seq FROM xapi_statements s
    WHERE ${and([...ownConditions('s', organisationId, page), ...contentConditions('s', page.filter)])}
    ORDER BY s.seq ${direction} LIMIT ${take}`;
  const seqs = hasContentFilter(page.filter)
    ? sql`
      WITH RECURSIVE refs (seq, target, depth) AS (
        SELECT s.seq, s.statement_ref, 1 FROM xapi_statements s
        WHERE s.statement_ref IS NOT NULL AND ${and(ownConditions('s', organisationId, page))}
        UNION
        SELECT refs.seq, t.statement_ref, refs.depth + 1 FROM refs
        JOIN xapi_statements t ON t.organisation_id = ${organisationId} AND t.id = refs.target
        WHERE t.statement_ref IS NOT NULL AND refs.depth < 10
      )
      SELECT seq FROM (${direct}) direct
      UNION
      SELECT refs.seq FROM refs
      JOIN xapi_statements t ON t.organisation_id = ${organisationId} AND t.id = refs.target
      WHERE ${and(contentConditions('t', page.filter))}`
    : direct;
  const result = await sql<{
    seq: number;
    id: string;
    stored: Date;
    statement: JsonObject;
    has_attachments: boolean;
  }>`
    SELECT s.seq, s.id, s.stored, s.statement, s.has_attachments FROM xapi_statements s
    WHERE s.organisation_id = ${organisationId} AND s.seq IN (SELECT seq FROM (${seqs}) page)
    ORDER BY s.seq ${direction} LIMIT ${take}`.execute(tenant.executor);
  return result.rows.map((row) => ({
    seq: Number(row.seq),
    id: row.id,
    stored: row.stored,
    statement: row.statement,
    hasAttachments: row.has_attachments,
  }));
}

/** One statement by id; a voided one only when asked for as voided (Communication 2.1.3). */
export async function findStatement(
  tenant: TenantDb,
  options: { id: string; isVoided: boolean; credentialId?: string },
): Promise<StoredRow | null> {
  let query = tenant
    .selectFrom('xapi_statements')
    .select(['seq', 'id', 'stored', 'statement', 'has_attachments'])
    .where('id', '=', options.id)
    .where('is_voided', '=', options.isVoided);
  if (options.credentialId) query = query.where('credential_id', '=', options.credentialId);
  const row = await query.executeTakeFirst();
  return row
    ? {
        seq: Number(row.seq),
        id: row.id,
        stored: row.stored,
        statement: row.statement as JsonObject,
        hasAttachments: row.has_attachments,
      }
    : null;
}

/**
 * X-Experience-API-Consistent-Through: every statement stored before the oldest transaction still
 * running is visible (stored is taken inside the writing transaction, rounded down to the millisecond).
 */
export async function consistentThrough(tenant: TenantDb): Promise<Date> {
  const result = await sql<{ through: Date }>`
    SELECT coalesce(
      (SELECT min(xact_start) FROM pg_stat_activity
        WHERE datname = current_database() AND xact_start IS NOT NULL),
      now()
    ) - interval '1 millisecond' AS through`.execute(tenant.executor);
  return result.rows[0]!.through;
}

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
