import { randomBytes } from 'node:crypto';
import type { TenantDb } from '../../../db/tenant.ts';
import { notFound } from '../../../http/errors.ts';
import type { Auth } from '../../access/index.ts';
import { recordEvent } from '../../audit/index.ts';
import { randomToken, sha256 } from '../../auth/index.ts';
import { forgetCredential } from './basic-auth.ts';
import {
  type CredentialRow,
  insertCredential,
  listCredentials,
  revokeCredential,
} from './credentials.repository.ts';

export { listCredentials };

/**
 * A new LRS credential: the key is the Basic user name (shown always), the secret is shown once in
 * this answer and kept only as a sha256 hash (it is random, so no slow hash is needed).
 */
export async function createCredential(
  tenant: TenantDb,
  auth: Auth | null,
  input: { name: string; scopes: string[] },
): Promise<CredentialRow & { secret: string }> {
  const key = `gpx_${randomBytes(12).toString('hex')}`;
  const secret = randomToken();
  return tenant.transaction(async (trx) => {
    const row = await insertCredential(trx, {
      name: input.name,
      key,
      secretHash: sha256(secret),
      scopes: [...new Set(input.scopes)],
      createdBy: auth?.kind === 'person' ? auth.personId : null,
    });
    await recordEvent(trx, auth, {
      action: 'xapi_credential.created',
      subjectType: 'xapi_credential',
      subjectId: row.id,
      changes: { name: row.name, scopes: row.scopes },
    });
    return { ...row, secret };
  });
}

export async function revokeCredentialOf(tenant: TenantDb, auth: Auth, id: string): Promise<void> {
  await tenant.transaction(async (trx) => {
    if (!(await revokeCredential(trx, id))) throw notFound('LRS credential');
    await recordEvent(trx, auth, {
      action: 'xapi_credential.revoked',
      subjectType: 'xapi_credential',
      subjectId: id,
    });
  });
  forgetCredential(id);
}
