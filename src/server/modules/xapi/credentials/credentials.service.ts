import { randomBytes } from 'node:crypto';
import { runChange } from '../../../core/change.ts';
import type { Ctx, OrgContext } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import { randomToken, sha256 } from '../../auth/index.ts';
import '../xapi.events.ts';
import { forgetCredential } from './basic-auth.ts';
import {
  type CredentialRow,
  insertCredential,
  listCredentials,
  revokeCredential,
} from './credentials.repository.ts';
import type { XapiScope } from './scopes.ts';

/** The LRS credentials of the organisation, newest first (L&D). */
export async function credentialsOfOrganisation(ctx: Ctx): Promise<CredentialRow[]> {
  assertCan(ctx.auth, 'catalogue.manage');
  return listCredentials(ctx.db);
}

/**
 * A new LRS credential: the key is the Basic user name (shown always), the secret is shown once in
 * this answer and kept only as a sha256 hash (it is random, so no slow hash is needed). Scripts and
 * seeds call it with a system context (no auth).
 */
export async function createCredential(
  ctx: OrgContext,
  input: { name: string; scopes: readonly XapiScope[] },
): Promise<CredentialRow & { secret: string }> {
  if (ctx.auth) assertCan(ctx.auth, 'catalogue.manage');
  const key = `gpx_${randomBytes(12).toString('hex')}`;
  const secret = randomToken();
  return runChange(ctx, async (tx) => {
    const row = await insertCredential(tx.db, {
      name: input.name,
      key,
      secretHash: sha256(secret),
      scopes: [...new Set(input.scopes)],
      createdBy: tx.auth?.kind === 'person' ? tx.auth.personId : null,
    });
    tx.record({
      action: 'xapi_credential.created',
      subjectId: row.id,
      changes: { name: row.name, scopes: row.scopes },
    });
    return { ...row, secret };
  });
}

/** Revokes a credential: /xapi/ refuses it from now on (other instances within seconds). */
export async function revokeCredentialOf(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx.auth, 'catalogue.manage');
  await runChange(ctx, async (tx) => {
    if (!(await revokeCredential(tx.db, id, tx.now()))) throw notFound('LRS credential');
    tx.record({ action: 'xapi_credential.revoked', subjectId: id });
  });
  forgetCredential(id);
}
