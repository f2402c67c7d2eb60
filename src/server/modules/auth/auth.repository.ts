import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import type { Role } from '../access/index.ts';

/** Sign-in looks across organisations by e-mail: the one place that must, and it returns ids only. */
export function findSignInCandidates(db: Executor, email: string, organisationSlug?: string) {
  let query = db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select([
      'people.organisation_id as organisationId',
      'people.id as personId',
      'people.password_hash as passwordHash',
    ])
    .where('people.email', '=', email)
    .where('people.status', '<>', 'left');
  if (organisationSlug) query = query.where('organisations.slug', '=', organisationSlug);
  return query.execute();
}

/** The roles a person holds now: granted ones, employee for everyone, manager when someone reports to them. */
export async function loadRoles(db: Executor, organisationId: string, personId: string): Promise<Set<Role>> {
  const tenant = forOrganisation(db, organisationId);
  const [granted, report] = await Promise.all([
    tenant.selectFrom('person_roles').select('role').where('person_id', '=', personId).execute(),
    tenant
      .selectFrom('people')
      .select('id')
      .where('manager_id', '=', personId)
      .where('status', '<>', 'left')
      .limit(1)
      .executeTakeFirst(),
  ]);
  return rolesOf(
    granted.map((row) => row.role),
    Boolean(report),
  );
}

function rolesOf(granted: readonly Role[], hasReports: boolean): Set<Role> {
  const roles = new Set<Role>(['employee', ...granted]);
  if (hasReports) roles.add('manager');
  return roles;
}

/**
 * Session by the hash of its cookie, with the person it belongs to and their roles, if both are still
 * valid: one round trip, since every signed-in request asks it.
 */
export async function findSession(db: Executor, sessionId: string) {
  const session = await db
    .selectFrom('sessions')
    .innerJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'sessions.person_id')
        .onRef('people.organisation_id', '=', 'sessions.organisation_id'),
    )
    .innerJoin('organisations', 'organisations.id', 'sessions.organisation_id')
    .select((eb) => [
      'sessions.organisation_id as organisationId',
      'sessions.person_id as personId',
      'sessions.last_seen_at as lastSeenAt',
      'people.locale as locale',
      'organisations.default_locale as defaultLocale',
      eb
        .selectFrom('person_roles')
        .select(sql<Role[]>`coalesce(array_agg(person_roles.role::text), '{}')`.as('roles'))
        .whereRef('person_roles.organisation_id', '=', 'sessions.organisation_id')
        .whereRef('person_roles.person_id', '=', 'sessions.person_id')
        .as('grantedRoles'),
      eb
        .exists(
          eb
            .selectFrom('people as report')
            .select('report.id')
            .whereRef('report.organisation_id', '=', 'sessions.organisation_id')
            .whereRef('report.manager_id', '=', 'sessions.person_id')
            .where('report.status', '<>', 'left'),
        )
        .as('hasReports'),
    ])
    .where('sessions.id', '=', sessionId)
    .where('sessions.expires_at', '>', sql<Date>`now()`)
    .where('people.status', '<>', 'left')
    .executeTakeFirst();
  if (!session) return undefined;
  const { grantedRoles, hasReports, ...rest } = session;
  return { ...rest, roles: rolesOf(grantedRoles ?? [], Boolean(hasReports)) };
}
