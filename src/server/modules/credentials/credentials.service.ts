import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import './credentials.events.ts';

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
