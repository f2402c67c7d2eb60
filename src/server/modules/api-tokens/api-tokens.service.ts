import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { randomToken, sha256 } from '../../core/secrets.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import './api-tokens.events.ts';
import { presentToken } from './api-tokens.presenter.ts';
import { insertToken, listTokens, revokeToken } from './api-tokens.repository.ts';
import type { CreateTokenInput } from './api-tokens.schemas.ts';

export async function tokensOfOrganisation(ctx: Ctx) {
  assertCan(ctx.auth, 'api_tokens.manage');
  return (await listTokens(ctx.db)).map(presentToken);
}

/** Makes a token; its secret is in this answer only, the database keeps a hash. */
export async function createToken(ctx: Ctx, input: CreateTokenInput) {
  assertCan(ctx.auth, 'api_tokens.manage');
  const token = `gp_${randomToken()}`;
  const row = await runChange(ctx, async (tx) => {
    const created = await insertToken(tx.db, {
      name: input.name,
      token_hash: sha256(token),
      token_prefix: token.slice(0, 8),
      scopes: [...new Set(input.scopes)],
      created_by: personIdOf(tx.auth),
      expires_at: input.expiresAt ? new Date(input.expiresAt) : null,
    });
    tx.record({
      action: 'api_token.created',
      subjectId: created.id,
      changes: { name: created.name, scopes: created.scopes },
    });
    return created;
  });
  return { ...presentToken(row), lastUsedAt: null, revokedAt: null, token };
}

export async function revokeApiToken(ctx: Ctx, tokenId: string) {
  assertCan(ctx.auth, 'api_tokens.manage');
  await runChange(ctx, async (tx) => {
    if (!(await revokeToken(tx.db, tokenId, tx.now()))) throw notFound('API token');
    tx.record({ action: 'api_token.revoked', subjectId: tokenId });
  });
}
