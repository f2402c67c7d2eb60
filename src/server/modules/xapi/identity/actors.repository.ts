import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';
import type { JsonObject } from '../statements/validate-primitives.ts';
import type { MatchedBy } from './actors.ts';

export type ActorStatus = 'unmatched' | 'matched' | 'all';

export type ActorRow = {
  agent_key: string;
  agent: JsonObject;
  name: string | null;
  person_id: string | null;
  matched_by: MatchedBy | null;
  first_seen_at: Date;
  /** first_seen_at as PostgreSQL writes it, to the microsecond: the paging cursor. */
  first_seen_text: string;
  person_given_name: string | null;
  person_family_name_prefix: string | null;
  person_family_name: string | null;
  statements: number;
};

/** Counting stops here: "1000+" says enough about an actor, and stays cheap on a large store. */
export const statementCountCap = 1000;

/**
 * One page of actors, most recently first seen first, with their person and how many statements
 * they made (up to the cap). The cursor is the last row's (first_seen_at, agent_key).
 */
export async function actorPage(
  tenant: TenantDb,
  query: {
    status: ActorStatus;
    search?: string;
    after?: { at: string; key: string };
    limit: number;
    /** One actor by key. */
    only?: string;
  },
): Promise<ActorRow[]> {
  const organisationId = tenant.organisationId;
  const conditions = [sql`a.organisation_id = ${organisationId}`];
  if (query.only) conditions.push(sql`a.agent_key = ${query.only}`);
  if (query.status === 'unmatched') conditions.push(sql`a.person_id IS NULL`);
  if (query.status === 'matched') conditions.push(sql`a.person_id IS NOT NULL`);
  if (query.search) {
    const like = `%${query.search.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
    conditions.push(sql`(a.name ILIKE ${like} OR a.agent::text ILIKE ${like})`);
  }
  if (query.after)
    conditions.push(
      sql`(a.first_seen_at, a.agent_key) < (${query.after.at}::timestamptz, ${query.after.key}::uuid)`,
    );
  const result = await sql<ActorRow>`
    SELECT a.agent_key, a.agent, a.name, a.person_id, a.matched_by, a.first_seen_at,
      a.first_seen_at::text AS first_seen_text,
      p.given_name AS person_given_name, p.family_name_prefix AS person_family_name_prefix,
      p.family_name AS person_family_name,
      (SELECT count(*)::int FROM (
        SELECT 1 FROM xapi_statements s
        WHERE s.organisation_id = ${organisationId} AND s.actor_key = a.agent_key
        LIMIT ${statementCountCap}) counted) AS statements
    FROM xapi_actors a
    LEFT JOIN people p ON p.organisation_id = a.organisation_id AND p.id = a.person_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY a.first_seen_at DESC, a.agent_key DESC
    LIMIT ${query.limit}`.execute(tenant.executor);
  return result.rows;
}

/** The actor, locked until the change commits (two L&D admins matching it run one after the other). */
export function lockActor(tenant: TenantDb, agentKey: string) {
  return tenant
    .selectFrom('xapi_actors')
    .select(['agent_key', 'person_id', 'matched_by'])
    .where('agent_key', '=', agentKey)
    .forUpdate()
    .executeTakeFirst();
}

export function setActorPerson(tenant: TenantDb, agentKey: string, personId: string | null) {
  return tenant
    .updateTable('xapi_actors')
    .set({ person_id: personId, matched_by: personId ? 'manual' : null })
    .where('agent_key', '=', agentKey)
    .execute();
}

export type RelinkedRow = {
  id: string;
  seq: string;
  verb_id: string;
  object_kind: string | null;
  object_id: string | null;
  statement: JsonObject | null;
};

/**
 * Moves the actor's statements to the person (or to nobody) in one statement, and gives back those
 * about catalogue items, oldest first, for progress to follow.
 */
export async function relinkStatements(
  tenant: TenantDb,
  agentKey: string,
  personId: string | null,
): Promise<{ count: number; aboutCatalogue: RelinkedRow[] }> {
  const result = await sql<RelinkedRow>`
    UPDATE xapi_statements SET person_id = ${personId}
    WHERE organisation_id = ${tenant.organisationId} AND actor_key = ${agentKey}
      AND person_id IS DISTINCT FROM ${personId}::uuid
    RETURNING id, seq, verb_id, object_kind, object_id,
      CASE WHEN object_kind IS NOT NULL AND NOT is_voided THEN statement END AS statement`.execute(
    tenant.executor,
  );
  return {
    count: result.rows.length,
    aboutCatalogue: result.rows.filter((row) => row.statement).sort((a, b) => Number(a.seq) - Number(b.seq)),
  };
}

export function personExists(tenant: TenantDb, personId: string) {
  return tenant.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst();
}
