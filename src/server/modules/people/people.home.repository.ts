import { sql } from 'kysely';
import { compileWith, prepared, standIn } from '../../db/prepared.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { filteredPeople, type PersonDetailsRow, withDetails } from './people.repository.ts';

// The home page asks, on every view, for the signed-in person and (for a manager) their team. Both are
// one statement, compiled once and run as a prepared statement: the person first, then their current
// reports by name, with the same details a person's page shows.

/** How many reports the home page lists. */
export const homeReportsLimit = 100;

const personAndReportsQuery = (tenant: TenantDb, personId: string) =>
  withDetails(filteredPeople(tenant, { status: 'all' }))
    .where((eb) =>
      eb.or([
        eb('people.id', '=', personId),
        eb.and([eb('people.manager_id', '=', personId), eb('people.status', '<>', 'left')]),
      ]),
    )
    .orderBy(sql`people.id = ${personId}::uuid`, 'desc')
    .orderBy(sql`people.sort_family_name`, (ob) => ob.asc().nullsLast())
    .orderBy(sql`people.sort_given_name`, 'asc')
    .orderBy('people.id')
    .limit(homeReportsLimit + 1);

let statement: ReturnType<typeof compileWith<PersonDetailsRow>> | undefined;

/** The person (undefined when not in the organisation) and their current reports, sorted by name. */
export async function personAndReports(tenant: TenantDb, personId: string) {
  statement ??= compileWith(
    personAndReportsQuery(
      forOrganisation(tenant.executor, standIn('organisation')),
      standIn('person'),
    ).compile() as never,
  );
  const { rows } = await tenant.executor.executeQuery(
    prepared<PersonDetailsRow>(
      'people.home',
      statement.sql,
      statement.parameters({ organisation: tenant.organisationId, person: personId }),
    ),
  );
  const person = rows[0]?.id === personId ? rows[0] : undefined;
  return { person, reports: rows.filter((row) => row.id !== personId) };
}
