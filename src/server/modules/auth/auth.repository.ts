import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { compileLookup, lookedUp } from '../../db/prepared.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
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

/** The roles a person holds: granted ones, employee for everyone, manager when someone reports to them. */
export function rolesOf(granted: readonly Role[], hasReports: boolean): Set<Role> {
  const roles = new Set<Role>(['employee', ...granted]);
  if (hasReports) roles.add('manager');
  return roles;
}

/**
 * Everything a signed-in request needs in one statement: the session (if not expired) by the hash of
 * its cookie, its person (unless they left) with what /me shows, their organisation and their roles.
 * Compiled once; the caller runs it as a prepared statement, so a server plans it once per connection.
 */
export function compileSessionLookup(db: Executor) {
  const query = db
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
      'sessions.expires_at as expiresAt',
      'people.given_name as givenName',
      'people.family_name_prefix as familyNamePrefix',
      'people.family_name as familyName',
      'people.email as email',
      'people.job_title as jobTitle',
      'people.locale as locale',
      'organisations.name as organisationName',
      'organisations.slug as organisationSlug',
      'organisations.default_locale as defaultLocale',
      'organisations.is_demo as isDemo',
      sql<Role[]>`array(${eb
        .selectFrom('person_roles')
        .select('person_roles.role')
        .whereRef('person_roles.organisation_id', '=', 'sessions.organisation_id')
        .whereRef('person_roles.person_id', '=', 'sessions.person_id')})`.as('grantedRoles'),
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
    .where('sessions.id', '=', lookedUp)
    .where('sessions.expires_at', '>', sql<Date>`now()`)
    .where('people.status', '<>', 'left');
  return compileLookup(query.compile());
}

export type SessionRow = ReturnType<typeof compileSessionLookup>['row'];

/** A signed-in person's last activity, a few times an hour at most (see auth.sessions.ts). */
export function touchSession(db: Executor, organisationId: string, sessionId: string, at: Date) {
  return forOrganisation(db, organisationId)
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id', '=', sessionId)
    .execute();
}

export const insertSession = (
  tenant: TenantDb,
  session: { id: string; person_id: string; expires_at: Date; user_agent: string | null },
) => tenant.insertInto('sessions', session).execute();

export const deleteSession = (tenant: TenantDb, sessionId: string) =>
  tenant.deleteFrom('sessions').where('id', '=', sessionId).execute();

/** Every session of the person but the one they are using. */
export const deleteOtherSessions = (tenant: TenantDb, personId: string, keepSessionId: string) =>
  tenant.deleteFrom('sessions').where('person_id', '=', personId).where('id', '<>', keepSessionId).execute();

/** Spends the person's unused links of a purpose (a newer one replaces them, or a new password). */
export const spendLinks = (
  tenant: TenantDb,
  personId: string,
  purpose: 'invitation' | 'password_reset',
  at: Date,
) =>
  tenant
    .updateTable('auth_links')
    .set({ used_at: at })
    .where('person_id', '=', personId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();

export const insertLink = (
  tenant: TenantDb,
  link: {
    person_id: string;
    purpose: 'invitation' | 'password_reset';
    token_hash: string;
    created_by: string | null;
    expires_at: Date;
  },
) => tenant.insertInto('auth_links', link).execute();

/** A link by the hash of its token, across organisations: whoever holds it is not signed in. */
export const findLink = (db: Executor, tokenHash: string) =>
  db
    .selectFrom('auth_links')
    .select(['organisation_id', 'id', 'person_id', 'expires_at', 'used_at', 'purpose'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();

/** Spends one link; false when someone spent it first. */
export async function spendLink(tenant: TenantDb, linkId: string, at: Date): Promise<boolean> {
  const spent = await tenant
    .updateTable('auth_links')
    .set({ used_at: at })
    .where('id', '=', linkId)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(spent.numUpdatedRows) === 1;
}

/** Everyone (not left) with this e-mail, in every organisation, with what a reset mail needs. */
export const accountsByEmail = (db: Executor, email: string) =>
  db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select([
      'people.organisation_id',
      'people.id',
      'people.email',
      'people.given_name',
      'people.locale',
      'organisations.default_locale',
      'organisations.name as organisation_name',
    ])
    .where('people.email', '=', email)
    .where('people.status', '<>', 'left')
    .execute();

export const passwordOf = (tenant: TenantDb, personId: string) =>
  tenant
    .selectFrom('people')
    .select(['password_hash', 'email'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();

export const deleteSessionsOf = (tenant: TenantDb, personIds: string[]) =>
  tenant.deleteFrom('sessions').where('person_id', 'in', personIds).execute();

export const spendAllLinks = (tenant: TenantDb, personIds: string[], at: Date) =>
  tenant
    .updateTable('auth_links')
    .set({ used_at: at })
    .where('person_id', 'in', personIds)
    .where('used_at', 'is', null)
    .execute();
