import type { Db, Executor } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';

// Replay memory for JWTs a tool signs (LTI Security Framework §5.1.1.1: a jti is used once). The id is
// remembered until the token expires (plus the clock tolerance), so the table stays small; a token
// without an expiry is refused earlier by the verifier's maxTokenAge.

const toleranceMs = 60_000;
const longestMs = 60 * 60 * 1000;

/** True the first time this tool presents this id; false on a replay. */
export async function rememberToken(
  db: Db,
  tool: { organisation_id: string; id: string },
  tokenId: string,
  exp: number | undefined,
  now: Date,
) {
  const until = Math.min((exp ?? 0) * 1000, now.getTime() + longestMs);
  const inserted = await forOrganisation(db, tool.organisation_id)
    .insertInto('lti_seen_tokens', {
      tool_id: tool.id,
      token_id: tokenId.slice(0, 512),
      expires_at: new Date(Math.max(until, now.getTime()) + toleranceMs),
    })
    .onConflict((oc) => oc.columns(['organisation_id', 'tool_id', 'token_id']).doNothing())
    .returning('token_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Nightly: ids past their token's expiry can no longer be replayed (the token itself is refused). */
export async function pruneSeenTokens(db: Executor, now: Date) {
  await db.deleteFrom('lti_seen_tokens').where('expires_at', '<', now).execute();
}
