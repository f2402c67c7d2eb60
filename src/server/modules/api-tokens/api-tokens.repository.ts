import type { TenantDb } from '../../db/tenant.ts';

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
