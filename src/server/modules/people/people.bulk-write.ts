import { sql } from 'kysely';
import type { Locale, PersonStatus } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

// The HR import's write: many people in a handful of statements.

/** A person as a bulk write gives it (new people get their id up front). */
export type PersonValues = {
  id: string;
  employee_number: string | null;
  email: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  job_title: string | null;
  org_unit_id: string | null;
  manager_id: string | null;
  start_date: string | null;
  end_date: string | null;
  locale: Locale | null;
  status: PersonStatus;
};

const column = <T, K extends keyof T>(rows: readonly T[], key: K) => rows.map((row) => row[key]);

/**
 * Writes many people at once (an HR import): each kind of change is one statement over arrays (unnest),
 * so 10,000 people cost a handful of round trips, not 10,000. Call inside the change's transaction.
 */
export async function writePeople(
  tenant: TenantDb,
  changes: {
    create: readonly PersonValues[];
    update: readonly PersonValues[];
    leave: readonly { id: string; end_date: string }[];
  },
) {
  const org = tenant.organisationId;
  const run = (query: ReturnType<typeof sql>) => query.execute(tenant.executor);
  const values = (rows: readonly PersonValues[]) => sql`unnest(
    ${column(rows, 'id')}::uuid[], ${column(rows, 'employee_number')}::text[], ${column(rows, 'email')}::text[],
    ${column(rows, 'given_name')}::text[], ${column(rows, 'family_name_prefix')}::text[],
    ${column(rows, 'family_name')}::text[], ${column(rows, 'job_title')}::text[],
    ${column(rows, 'org_unit_id')}::uuid[], ${column(rows, 'manager_id')}::uuid[],
    ${column(rows, 'start_date')}::date[], ${column(rows, 'end_date')}::date[],
    ${column(rows, 'locale')}::text[], ${column(rows, 'status')}::text[]
  ) AS v(id, employee_number, email, given_name, family_name_prefix, family_name, job_title,
         org_unit_id, manager_id, start_date, end_date, locale, status)`;
  if (changes.create.length)
    await run(sql`
      INSERT INTO people (organisation_id, id, employee_number, email, given_name, family_name_prefix,
        family_name, job_title, org_unit_id, manager_id, start_date, end_date, locale, status)
      SELECT ${org}::uuid, v.* FROM ${values(changes.create)}`);
  if (changes.update.length)
    await run(sql`
      UPDATE people p SET employee_number = v.employee_number, email = v.email, given_name = v.given_name,
        family_name_prefix = v.family_name_prefix, family_name = v.family_name, job_title = v.job_title,
        org_unit_id = v.org_unit_id, manager_id = v.manager_id, start_date = v.start_date,
        end_date = v.end_date, locale = v.locale, status = v.status, updated_at = now()
      FROM ${values(changes.update)}
      WHERE p.organisation_id = ${org} AND p.id = v.id`);
  if (changes.leave.length)
    await run(sql`
      UPDATE people p SET status = 'left', end_date = v.end_date, updated_at = now()
      FROM unnest(${column(changes.leave, 'id')}::uuid[], ${column(changes.leave, 'end_date')}::date[])
        AS v(id, end_date)
      WHERE p.organisation_id = ${org} AND p.id = v.id`);
}
