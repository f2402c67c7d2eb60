import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { preparedShape } from '../../../db/prepared.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import type { NewActor } from '../identity/actors.ts';
import { conflictXapi } from '../xapi.errors.ts';
import { isSameStatement } from './statement-compare.ts';
import type { StatementKeys } from './statement-keys.ts';
import type { JsonObject } from './validate-primitives.ts';

/** A checked statement ready for the store: as it will be read back, without `stored`. */
export type PreparedStatement = {
  statement: JsonObject & { id: string };
  keys: StatementKeys;
  /** The person when the writer knows it (Groeipad's own events); else the actor's match decides. */
  personId?: string | null;
  credentialId: string | null;
  catalogue: { kind: string; id: string } | null;
  hasAttachments: boolean;
};

export type StoredStatement = {
  id: string;
  personId: string | null;
  verbId: string;
  catalogue: { kind: string; id: string } | null;
  statement: JsonObject;
};

export type StoreResult = {
  /** Newly stored, in the order given. */
  stored: StoredStatement[];
  /** Statements this batch voided (they leave progress and queries). */
  voided: { id: string; personId: string | null }[];
};

export type ActivityDefinition = { activityKey: string; activityId: string; definition: JsonObject | null };

// Activity definitions already merged into xapi_activities, per organisation (id + definition, hashed
// when long): a batch about the same activities as the last one updates no rows.
const mergedDefinitions = new Map<string, Set<string>>();
const definitionHash = (activity: ActivityDefinition) => {
  const text = `${activity.activityId}\n${JSON.stringify(activity.definition)}`;
  return text.length <= 512 ? text : createHash('sha1').update(text).digest('hex');
};

type Row = {
  kind: 'existing' | 'inserted' | 'voided';
  id: string;
  person_id: string | null;
  statement: JsonObject | null;
};

/**
 * Stores a batch in one SQL statement (one round trip): new actors, the statements with their
 * filter columns and person, voiding, and activity definitions. A batch holding an id the store
 * already has writes nothing; when those statements are the same as stored the rest is written in a
 * second pass, when one differs the batch is refused with 409 (Communication 2.1.1, Data 2.3.1).
 */
export async function storeStatements(
  tenant: TenantDb,
  batch: PreparedStatement[],
  options: {
    newActors: NewActor[];
    activities: ActivityDefinition[];
    canDefine: boolean;
    /** Commit without waiting for the WAL flush (xAPI ingest; see docs/ARCHITECTURE.md, durability). */
    asyncCommit?: boolean;
    /**
     * Run as a named prepared statement (planned once per connection): Groeipad's own statements, one
     * at a time inside a busy change such as a workshop sign-up, where planning the CTEs cost more than
     * running them.
     */
    isPrepared?: boolean;
  },
): Promise<StoreResult> {
  const merged = mergedDefinitions.get(tenant.organisationId);
  const activities = options.activities
    .filter((activity) => !merged?.has(definitionHash(activity)))
    .sort((a, b) => (a.activityKey < b.activityKey ? -1 : 1));
  let remaining = batch;
  const result: StoreResult = { stored: [], voided: [] };
  for (let attempt = 0; attempt < 3 && remaining.length; attempt++) {
    const rows = await insertBatch(tenant, remaining, { ...options, activities });
    const existing = rows.filter((row) => row.kind === 'existing');
    const inserted = new Set(rows.filter((row) => row.kind === 'inserted').map((row) => row.id));
    collect(result, remaining, rows, inserted);
    if (existing.length) {
      const given = new Map(remaining.map((item) => [item.statement.id, item.statement]));
      for (const row of existing)
        if (!isSameStatement(given.get(row.id)!, row.statement!))
          throw conflictXapi(
            `statement ${row.id} is already stored with different content`,
            'Communication 2.1.1: a statement id that exists with other content is a 409',
          );
    }
    const done = new Set([...existing.map((row) => row.id), ...inserted]);
    remaining = remaining.filter((item) => !done.has(item.statement.id));
  }
  if (!tenant.executor.isTransaction) rememberDefinitions(tenant.organisationId, activities);
  return result;
}

function collect(result: StoreResult, batch: PreparedStatement[], rows: Row[], inserted: Set<string>): void {
  const personOf = new Map(
    rows.filter((row) => row.kind === 'inserted').map((row) => [row.id, row.person_id]),
  );
  for (const item of batch)
    if (inserted.has(item.statement.id))
      result.stored.push({
        id: item.statement.id,
        personId: personOf.get(item.statement.id) ?? null,
        verbId: item.keys.verbId,
        catalogue: item.catalogue,
        statement: item.statement,
      });
  for (const row of rows)
    if (row.kind === 'voided') result.voided.push({ id: row.id, personId: row.person_id });
}

function rememberDefinitions(organisationId: string, activities: ActivityDefinition[]): void {
  const set = mergedDefinitions.get(organisationId) ?? new Set<string>();
  mergedDefinitions.set(organisationId, set);
  if (set.size > 50_000) set.clear();
  for (const activity of activities) set.add(definitionHash(activity));
}

async function insertBatch(
  tenant: TenantDb,
  batch: PreparedStatement[],
  options: {
    newActors: NewActor[];
    activities: ActivityDefinition[];
    canDefine: boolean;
    asyncCommit?: boolean;
    isPrepared?: boolean;
  },
): Promise<Row[]> {
  const organisationId = tenant.organisationId;
  const statements = batch.map((item, ord) => ({
    ord,
    id: item.statement.id,
    verb_id: item.keys.verbId,
    actor_key: item.keys.actorKey,
    object_agent_key: item.keys.objectAgentKey,
    activity_key: item.keys.activityKey,
    registration: item.keys.registration,
    statement_ref: item.keys.statementRef,
    is_voiding: item.keys.isVoiding,
    related_agents: item.keys.relatedAgents,
    related_activities: item.keys.relatedActivities,
    has_attachments: item.hasAttachments,
    person_id: item.personId ?? null,
    credential_id: item.credentialId,
    object_kind: item.catalogue?.kind ?? null,
    object_id: item.catalogue?.id ?? null,
    statement: item.statement,
  }));
  const actors = options.newActors.map((actor) => ({
    agent_key: actor.agentKey,
    agent: actor.agent,
    name: actor.name,
    person_id: actor.personId,
    matched_by: actor.matchedBy,
  }));
  const activities = options.activities.map((activity) => ({
    activity_key: activity.activityKey,
    activity_id: activity.activityId,
    definition: activity.definition,
  }));
  // Asynchronous commit for this statement's own transaction (autocommit) or the caller's: set inside
  // the same SQL statement, so it costs no round trip. The volatile subquery is evaluated once.
  const commitMode = options.asyncCommit
    ? sql`(SELECT set_config('synchronous_commit', 'off', true)) commit_mode,`
    : sql``;
  // Raw SQL for the data-modifying CTEs; every table access names this organisation explicitly.
  const query = sql<Row>`
    WITH input AS (
      SELECT r.* FROM ${commitMode} jsonb_to_recordset(${JSON.stringify(statements)}::jsonb) AS r(
        ord int, id uuid, verb_id text, actor_key uuid, object_agent_key uuid, activity_key uuid,
        registration uuid, statement_ref uuid, is_voiding boolean, related_agents uuid[],
        related_activities uuid[], has_attachments boolean, person_id uuid, credential_id uuid,
        object_kind text, object_id uuid, statement jsonb)
    ),
    actor_input AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(actors)}::jsonb) AS a(
        agent_key uuid, agent jsonb, name text, person_id uuid, matched_by text)
    ),
    existing AS (
      SELECT s.id, s.statement FROM xapi_statements s
      WHERE s.organisation_id = ${organisationId} AND s.id IN (SELECT id FROM input)
    ),
    new_actors AS (
      INSERT INTO xapi_actors (organisation_id, agent_key, agent, name, person_id, matched_by)
      SELECT ${organisationId}, agent_key, agent, name, person_id, matched_by FROM actor_input
      WHERE NOT EXISTS (SELECT 1 FROM existing)
      ON CONFLICT DO NOTHING
    ),
    inserted AS (
      INSERT INTO xapi_statements (
        organisation_id, id, verb_id, actor_key, object_agent_key, activity_key, registration,
        statement_ref, is_voiding, is_voided, related_agents, related_activities, has_attachments,
        person_id, credential_id, object_kind, object_id, statement)
      SELECT ${organisationId}, i.id, i.verb_id, i.actor_key, i.object_agent_key, i.activity_key, i.registration,
        i.statement_ref, i.is_voiding,
        NOT i.is_voiding AND (
          EXISTS (SELECT 1 FROM input v WHERE v.is_voiding AND v.statement_ref = i.id)
          OR EXISTS (
            SELECT 1 FROM xapi_statements v
            WHERE v.organisation_id = ${organisationId} AND v.statement_ref = i.id AND v.is_voiding
          )
        ),
        i.related_agents, i.related_activities, i.has_attachments,
        -- The known actor's person by key, one index look-up per statement (a subquery, so the
        -- planner never hashes every actor of the organisation for a small batch).
        coalesce(
          i.person_id,
          (SELECT known.person_id FROM xapi_actors known
            WHERE known.organisation_id = ${organisationId} AND known.agent_key = i.actor_key),
          fresh.person_id
        ), i.credential_id, i.object_kind, i.object_id, i.statement
      FROM input i
      LEFT JOIN actor_input fresh ON fresh.agent_key = i.actor_key
      WHERE NOT EXISTS (SELECT 1 FROM existing)
      ORDER BY i.ord
      ON CONFLICT (organisation_id, id) DO NOTHING
      RETURNING id, person_id
    ),
    voided AS (
      UPDATE xapi_statements target SET is_voided = true
      FROM inserted JOIN input i ON i.id = inserted.id
      WHERE target.organisation_id = ${organisationId} AND i.is_voiding AND target.id = i.statement_ref
        AND NOT target.is_voiding AND NOT target.is_voided
      RETURNING target.id, target.person_id
    ),
    activities AS (
      INSERT INTO xapi_activities AS current (organisation_id, activity_key, activity_id, definition)
      SELECT ${organisationId}, d.activity_key, d.activity_id, d.definition
      FROM jsonb_to_recordset(${JSON.stringify(activities)}::jsonb) AS d(activity_key uuid, activity_id text, definition jsonb)
      WHERE NOT EXISTS (SELECT 1 FROM existing)
        -- A stored activity this adds nothing to is left alone: ON CONFLICT DO UPDATE locks the row
        -- until commit even when its WHERE skips the update, so every writer about one activity (the
        -- sign-ups of a 500-seat session, each with its "registered") would queue on that row.
        AND NOT EXISTS (
          SELECT 1 FROM xapi_activities known
           WHERE known.organisation_id = ${organisationId} AND known.activity_key = d.activity_key
             AND (NOT ${options.canDefine} OR d.definition IS NULL
               OR known.definition IS NOT DISTINCT FROM xapi_merge_definition(known.definition, d.definition)))
      ORDER BY d.activity_key
      ON CONFLICT (organisation_id, activity_key) DO UPDATE SET
        definition = xapi_merge_definition(current.definition, excluded.definition),
        updated_at = now()
      WHERE ${options.canDefine} AND excluded.definition IS NOT NULL
        AND current.definition IS DISTINCT FROM xapi_merge_definition(current.definition, excluded.definition)
    )
    SELECT 'existing' AS kind, id, NULL::uuid AS person_id, statement FROM existing
    UNION ALL SELECT 'inserted', id, person_id, NULL FROM inserted
    UNION ALL SELECT 'voided', id, person_id, NULL FROM voided
  `;
  if (!options.isPrepared) return (await query.execute(tenant.executor)).rows;
  const compiled = query.compile(tenant.executor);
  return (await tenant.executor.executeQuery(preparedShape('xapi.store-statements', compiled))).rows;
}
