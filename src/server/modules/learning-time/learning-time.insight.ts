import { sql } from 'kysely';

/** Learning time booked per person and day, for insight's summary job (embedded in its SQL). */
export const learningTimeFacts = (organisationId: string) => sql<{
  person_id: string;
  day: string;
  minutes: number;
  changed_at: Date;
}>`
  SELECT person_id, on_date AS day, minutes, created_at AS changed_at
    FROM learning_time_entries WHERE organisation_id = ${organisationId}`;
