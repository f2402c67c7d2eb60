import { sql } from 'kysely';

/**
 * Statements about known people per day (organisation calendar), stored since `storedFrom`, for
 * insight's summary job: a person with statements that day was active. Voided statements do not count.
 * Bounded on `stored` so a refresh reads the index range of new statements only.
 */
export const statementFacts = (organisationId: string, timeZone: string, storedFrom: Date | null) => sql<{
  person_id: string;
  day: string;
  statements: number;
}>`
  SELECT person_id, (stored AT TIME ZONE ${timeZone})::date AS day, count(*)::int AS statements
    FROM xapi_statements
   WHERE organisation_id = ${organisationId} AND person_id IS NOT NULL AND NOT is_voided AND NOT is_voiding
     ${storedFrom ? sql`AND stored >= ${storedFrom}` : sql``}
   GROUP BY 1, 2`;
