import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import './credentials.events.ts';
import { rotateIssuerKey, type Signing } from './credentials.issuer.ts';

/** L&D revokes a credential: its bit in the status list is set, and every verification says so. */
export async function revokeCredential(ctx: Ctx, id: string, input: { reason: string }) {
  assertCan(ctx.auth, 'credentials.manage');
  return runChange(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('issued_credentials')
      .select(['id', 'revoked_at'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('Credential');
    if (row.revoked_at) throw new AppError('conflict', 'This credential is already revoked.');
    await tx.db
      .updateTable('issued_credentials')
      .set({ revoked_at: tx.now(), revoked_by: personIdOf(tx.auth), revocation_reason: input.reason })
      .where('id', '=', id)
      .execute();
    tx.record({ action: 'credential.revoked', subjectId: id, changes: { reason: input.reason } });
  });
}

/**
 * L&D replaces the organisation's signing key (a suspected leak, a policy period): new credentials are
 * signed with the new key; the old one stays published, so everything signed before keeps verifying.
 */
export async function rotateKey(ctx: Ctx, signing: Signing) {
  assertCan(ctx.auth, 'credentials.manage');
  return runChange(ctx, async (tx) => {
    const rotated = await rotateIssuerKey(tx.db, signing, tx.now());
    tx.record({
      action: 'credential.key_rotated',
      subjectId: ctx.organisationId,
      changes: { keyNumber: rotated.keyNumber },
    });
    return rotated;
  });
}
