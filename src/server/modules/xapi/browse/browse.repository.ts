import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';
import { storedBetween } from '../statements/statements.query.ts';
import type { JsonObject } from '../statements/validate-primitives.ts';

export type BrowseFilter = {
  personId?: string;
  actorKey?: string;
  verbId?: string;
  activityKey?: string;
  since?: string;
  until?: string;
  /** The seq of the last statement of the page before. */
  before?: number;
};

export type BrowseRow = {
  seq: string;
  id: string;
  stored: Date;
  statement: JsonObject;
  person_id: string | null;
  actor_key: string | null;
  given_name: string | null;
  family_name_prefix: string | null;
  family_name: string | null;
};

/**
 * A page of statements for L&D, newest first, each filter on its own index (person, actor, verb,
 * activity; time on stored). Voided statements are left out, as in xAPI queries.
 */
export async function browseStatements(tenant: TenantDb, filter: BrowseFilter, limit: number) {
  const conditions = [sql`s.organisation_id = ${tenant.organisationId}`, sql`NOT s.is_voided`];
  if (filter.personId) conditions.push(sql`s.person_id = ${filter.personId}`);
  if (filter.actorKey) conditions.push(sql`s.actor_key = ${filter.actorKey}`);
  if (filter.verbId) conditions.push(sql`s.verb_id = ${filter.verbId}`);
  if (filter.activityKey) conditions.push(sql`s.activity_key = ${filter.activityKey}`);
  conditions.push(...storedBetween((name) => sql.ref(`s.${name}`), tenant.organisationId, filter));
  if (filter.before !== undefined) conditions.push(sql`s.seq < ${filter.before}`);
  const result = await sql<BrowseRow>`
    SELECT s.seq, s.id, s.stored, s.statement, s.person_id, s.actor_key,
      p.given_name, p.family_name_prefix, p.family_name
    FROM xapi_statements s
    LEFT JOIN people p ON p.organisation_id = s.organisation_id AND p.id = s.person_id
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY s.seq DESC
    LIMIT ${limit}`.execute(tenant.executor);
  return result.rows;
}
