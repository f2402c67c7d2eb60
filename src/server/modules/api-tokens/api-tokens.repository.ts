import type { Executor } from '../../db/database.ts';
import { compileLookup, lookedUp } from '../../db/prepared.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';

export function listTokens(tenant: TenantDb) {
  return tenant.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
}

export type ApiTokenRow = Awaited<ReturnType<typeof listTokens>>[number];

export function insertToken(
  tenant: TenantDb,
  token: {
    name: string;
    token_hash: string;
    token_prefix: string;
    scopes: string[];
    created_by: string;
    expires_at: Date | null;
  },
) {
  return tenant.insertInto('api_tokens', token).returningAll().executeTakeFirstOrThrow();
}

/** Revokes a token that is still valid; false when there is none (unknown, or revoked already). */
export async function revokeToken(tenant: TenantDb, tokenId: string, at: Date): Promise<boolean> {
  const revoked = await tenant
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows) > 0;
}

/** The name an integration's token was given (who changed something, as people read it). */
export async function tokenNameOf(tenant: TenantDb, tokenId: string): Promise<string | undefined> {
  const token = await tenant
    .selectFrom('api_tokens')
    .select('name')
    .where('id', '=', tokenId)
    .executeTakeFirst();
  return token?.name;
}

/** For the auth hook: an API token by the hash of its secret, valid or not (the caller decides). */
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
  return compileLookup(query.compile());
}
export type TokenRow = ReturnType<typeof compileTokenLookup>['row'];

/** A token's last use, a few times an hour at most (see auth.sessions.ts). */
export function touchToken(db: Executor, organisationId: string, tokenId: string, at: Date) {
  return forOrganisation(db, organisationId)
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', tokenId)
    .execute();
}
