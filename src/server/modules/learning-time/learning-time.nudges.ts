import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';

/** Blocks that take place on a date (one-off on it, or weekly on its weekday until their end): for nudges. */
export async function blocksOn(tenant: TenantDb, date: string) {
  const result = await sql<{ id: string; person_id: string; title: string; start_time: string }>`
    SELECT id, person_id, title, to_char(start_time, 'HH24:MI') AS start_time
      FROM learning_time_blocks
     WHERE organisation_id = ${tenant.organisationId}
       AND (starts_on = ${date}::date
         OR (repeats_weekly AND starts_on < ${date}::date
             AND extract(isodow FROM starts_on) = extract(isodow FROM ${date}::date)
             AND (repeat_until IS NULL OR repeat_until >= ${date}::date)))`.execute(tenant.executor);
  return result.rows;
}
