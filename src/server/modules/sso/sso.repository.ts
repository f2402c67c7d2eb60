import type { Executor } from '../../db/database.ts';
import type { TenantDb } from '../../db/tenant.ts';

// The SQL of single sign-on. Connections, logins and assertion ids are the organisation's; finding the
// organisation of a sign-in (by slug or e-mail domain) is the one place that looks across organisations.

export const findConnection = (tenant: TenantDb) =>
  tenant.selectFrom('sso_connections').selectAll().executeTakeFirst();
export type ConnectionRow = NonNullable<Awaited<ReturnType<typeof findConnection>>>;

export type ConnectionValues = Omit<ConnectionRow, 'organisation_id' | 'updated_at'>;

export const saveConnection = (tenant: TenantDb, values: ConnectionValues) =>
  tenant
    .insertInto('sso_connections', values)
    .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ ...values, updated_at: new Date() }))
    .execute();

export const domainsOf = async (tenant: TenantDb) =>
  (await tenant.selectFrom('sso_domains').select('domain').orderBy('domain').execute()).map((r) => r.domain);

/** Domains another organisation has claimed already (first come). */
export const domainsTakenElsewhere = async (db: Executor, organisationId: string, domains: string[]) =>
  domains.length === 0
    ? []
    : (
        await db
          .selectFrom('sso_domains')
          .select('domain')
          .where('domain', 'in', domains)
          .where('organisation_id', '<>', organisationId)
          .execute()
      ).map((r) => r.domain);

export async function replaceDomains(tenant: TenantDb, domains: string[]) {
  await tenant.deleteFrom('sso_domains').execute();
  if (domains.length)
    await tenant
      .insertInto(
        'sso_domains',
        domains.map((domain) => ({ domain })),
      )
      .execute();
}

/** The organisation whose enabled IdP serves a slug or an e-mail domain; ids and names only. */
export function findEnabledConnection(db: Executor, by: { slug?: string; domain?: string }) {
  let query = db
    .selectFrom('sso_connections')
    .innerJoin('organisations', 'organisations.id', 'sso_connections.organisation_id')
    .select([
      'organisations.id as organisationId',
      'organisations.slug as slug',
      'sso_connections.display_name as displayName',
      'sso_connections.protocol as protocol',
      'sso_connections.mode as mode',
    ])
    .where('sso_connections.is_enabled', '=', true);
  if (by.slug) query = query.where('organisations.slug', '=', by.slug);
  else if (by.domain)
    query = query.where('sso_connections.organisation_id', 'in', (eb) =>
      eb.selectFrom('sso_domains').select('organisation_id').where('domain', '=', by.domain!),
    );
  else return Promise.resolve(undefined);
  return query.executeTakeFirst();
}

export const insertLogin = (
  tenant: TenantDb,
  login: {
    state_hash: string;
    browser_hash: string;
    nonce: string | null;
    code_verifier: string | null;
    saml_request_id: string | null;
    redirect_to: string;
    expires_at: Date;
  },
) => tenant.insertInto('sso_logins', login).execute();

/** Takes a login under way: it can be finished once. */
export const takeLogin = (tenant: TenantDb, stateHash: string, now: Date) =>
  tenant
    .deleteFrom('sso_logins')
    .where('state_hash', '=', stateHash)
    .where('expires_at', '>', now)
    .returningAll()
    .executeTakeFirst();

/** Remembers an assertion id; false when it was seen before (a replay). */
export async function rememberAssertion(tenant: TenantDb, assertionId: string, expiresAt: Date) {
  const inserted = await tenant
    .insertInto('sso_assertions', { assertion_id: assertionId, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(['organisation_id', 'assertion_id']).doNothing())
    .returning('assertion_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export const recordSsoSession = (
  tenant: TenantDb,
  row: { session_id: string; protocol: 'oidc' | 'saml'; id_token_sealed: string | null },
) => tenant.insertInto('sso_sessions', row).execute();

export const ssoSessionOf = (tenant: TenantDb, sessionId: string) =>
  tenant.selectFrom('sso_sessions').selectAll().where('session_id', '=', sessionId).executeTakeFirst();

/** Whoever the IdP names, by e-mail or employee number, with what deciding needs. */
export const peopleMatching = (tenant: TenantDb, by: 'email' | 'employee_number', value: string) =>
  tenant
    .selectFrom('people')
    .select(['id', 'status', 'email'])
    .where(by, '=', by === 'email' ? value.toLowerCase() : value)
    .execute();

export const organisationName = (tenant: TenantDb) =>
  tenant.executor
    .selectFrom('organisations')
    .select(['name', 'slug'])
    .where('id', '=', tenant.organisationId)
    .executeTakeFirstOrThrow();

/** Nightly: logins never finished and assertion ids past their expiry. */
export async function pruneExpired(db: Executor, now: Date) {
  await db.deleteFrom('sso_logins').where('expires_at', '<', now).execute();
  await db.deleteFrom('sso_assertions').where('expires_at', '<', now).execute();
}
