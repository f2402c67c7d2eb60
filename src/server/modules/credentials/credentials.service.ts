import { runChange } from '../../core/change.ts';
import type { Ctx, OrgContext } from '../../core/context.ts';
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
 * What a credential stood for was taken back (a badge award revoked in recognition): its credential, if
 * one was issued and is not revoked yet, is revoked with the same reason and by the same person.
 */
export async function revokeForSource(
  ctx: OrgContext,
  source: { kind: 'certificate' | 'badge_award'; id: string },
  revocation: { by: string | null; reason: string },
) {
  return runChange(ctx, async (tx) => {
    const row = await tx.db
      .selectFrom('issued_credentials')
      .select(['id', 'revoked_at'])
      .where('source_kind', '=', source.kind)
      .where('source_id', '=', source.id)
      .forUpdate()
      .executeTakeFirst();
    if (!row || row.revoked_at) return false;
    const reason = revocation.reason.slice(0, 500);
    await tx.db
      .updateTable('issued_credentials')
      .set({ revoked_at: tx.now(), revoked_by: revocation.by, revocation_reason: reason })
      .where('id', '=', row.id)
      .execute();
    tx.record({
      action: 'credential.revoked',
      subjectId: row.id,
      changes: { reason, sourceKind: source.kind },
    });
    return true;
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
