import type { Db } from '../../../db/database.ts';
import type { TenantDb } from '../../../db/tenant.ts';

export type CredentialRow = {
  id: string;
  name: string;
  key: string;
  scopes: string[];
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

const columns = [
  'id',
  'name',
  'key',
  'scopes',
  'created_at as createdAt',
  'last_used_at as lastUsedAt',
  'revoked_at as revokedAt',
] as const;

export function listCredentials(tenant: TenantDb): Promise<CredentialRow[]> {
  return tenant.selectFrom('xapi_credentials').select(columns).orderBy('created_at', 'desc').execute();
}

export function insertCredential(
  tenant: TenantDb,
  values: { name: string; key: string; secretHash: string; scopes: string[]; createdBy: string | null },
): Promise<CredentialRow> {
  return tenant
    .insertInto('xapi_credentials', {
      name: values.name,
      key: values.key,
      secret_hash: values.secretHash,
      scopes: values.scopes,
      created_by: values.createdBy,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
}

export async function revokeCredential(tenant: TenantDb, id: string, at: Date): Promise<boolean> {
  const result = await tenant
    .updateTable('xapi_credentials')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The one cross-organisation read: a Basic key arrives before the organisation is known. */
export function findCredentialByKey(db: Db, key: string) {
  return db
    .selectFrom('xapi_credentials')
    .select(['organisation_id', 'id', 'name', 'key', 'secret_hash', 'scopes', 'revoked_at', 'last_used_at'])
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function touchCredential(tenant: TenantDb, id: string): Promise<void> {
  await tenant
    .updateTable('xapi_credentials')
    .set({ last_used_at: new Date() })
    .where('id', '=', id)
    .execute();
}
