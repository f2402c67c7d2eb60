import { type CompiledQuery, sql } from 'kysely';
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

/** The roles a person holds: granted ones, employee for everyone, manager when someone reports to them. */
export function rolesOf(granted: readonly Role[], hasReports: boolean): Set<Role> {
  const roles = new Set<Role>(['employee', ...granted]);
  if (hasReports) roles.add('manager');
  return roles;
}

// Stands in for the looked-up value while compiling; swapped for the real one on every execution.
const lookedUp = '\u0000looked-up';

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
  return withLookedUp(query.compile());
}

/** An API token by the hash of its secret, valid or not (the caller decides). */
export function compileTokenLookup(db: Executor) {
  const query = db
    .selectFrom('api_tokens')
    .select([
      'organisation_id as organisationId',
      'id',
      'scopes',
      'expires_at as expiresAt',
      'revoked_at as revokedAt',
      'last_used_at as lastUsedAt',
    ])
    .where('token_hash', '=', lookedUp);
  return withLookedUp(query.compile());
}

function withLookedUp<Row>(compiled: CompiledQuery<Row>) {
  return {
    sql: compiled.sql,
    parameters: (value: string) =>
      compiled.parameters.map((parameter) => (parameter === lookedUp ? value : parameter)),
    /** Only for its type: what a row of the answer looks like. */
    row: undefined as unknown as Row,
  };
}

export type SessionRow = ReturnType<typeof compileSessionLookup>['row'];
export type TokenRow = ReturnType<typeof compileTokenLookup>['row'];

/** A signed-in person's last activity, a few times an hour at most (see auth.sessions.ts). */
export function touchSession(db: Executor, organisationId: string, sessionId: string, at: Date) {
  return forOrganisation(db, organisationId)
    .updateTable('sessions')
    .set({ last_seen_at: at })
    .where('id', '=', sessionId)
    .execute();
}

export function touchToken(db: Executor, organisationId: string, tokenId: string, at: Date) {
  return forOrganisation(db, organisationId)
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', tokenId)
    .execute();
}
