import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { randomToken, sha256 } from '../../core/secrets.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import './scim.events.ts';
import {
  countManaged,
  insertScimToken,
  listScimTokens,
  revokeScimToken,
  type ScimTokenRow,
} from './scim.repository.ts';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

const presentToken = (row: ScimTokenRow) => ({
  id: row.id,
  name: row.name,
  prefix: row.token_prefix,
  createdAt: new Date(row.created_at).toISOString(),
  lastUsedAt: iso(row.last_used_at),
  revokedAt: iso(row.revoked_at),
});

/** The SCIM page: the address for the identity provider, the tokens, and how many people SCIM manages. */
export async function scimSetup(ctx: Ctx, baseUrl: string) {
  assertCan(ctx.auth, 'api_tokens.manage');
  return {
    baseUrl: `${baseUrl}/scim/v2`,
    tokens: (await listScimTokens(ctx.db)).map(presentToken),
    managedPeople: await countManaged(ctx.db),
  };
}

/** Only the owner: a SCIM token creates and deactivates people. The secret is in this answer only. */
export async function createScimToken(ctx: Ctx, input: { name: string }) {
  assertCan(ctx.auth, 'api_tokens.manage');
  const token = `scim_${randomToken()}`;
  const row = await runChange(ctx, async (tx) => {
    const created = await insertScimToken(tx.db, {
      name: input.name,
      token_hash: sha256(token),
      token_prefix: token.slice(0, 9),
      created_by: personIdOf(tx.auth),
    });
    tx.record({ action: 'scim_token.created', subjectId: created.id, changes: { name: created.name } });
    return created;
  });
  return { ...presentToken(row), token };
}

export async function revokeScimTokenOf(ctx: Ctx, tokenId: string) {
  assertCan(ctx.auth, 'api_tokens.manage');
  await runChange(ctx, async (tx) => {
    if (!(await revokeScimToken(tx.db, tokenId, tx.now()))) throw notFound('SCIM token');
    tx.record({ action: 'scim_token.revoked', subjectId: tokenId });
  });
}
