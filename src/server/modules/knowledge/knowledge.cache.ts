import { type ChangeCtx, runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import { readCache } from '../../core/read-cache.ts';

// What many readers ask for alike — the newest page of a feed (the posts with their counts and who
// reacted or saved) and the spaces with their post counts — is loaded once per organisation and kept
// for a few seconds on this instance (core/read-cache.ts). Every change of the knowledge space forgets
// the organisation's answers once it has committed, so whoever changed something sees it at once on
// this instance; other instances show it when their copy expires (SHARED_READ_TTL_MS).

export const SHARED_READ_TTL_MS = 3_000;

/** Answers keyed by what they are for (`feed:…`, `spaces:…`); each module file keeps its own shape. */
export const knowledgeReads = readCache<object>({ ttlMs: SHARED_READ_TTL_MS, maxEntries: 2_000 });

/** The organisation's shared answers are out of date (a post, comment, reaction, save, hide/restore…). */
export const forgetKnowledge = (organisationId: string) => knowledgeReads.forget(organisationId);

/** `runChange`, then the organisation's shared answers are forgotten (after the commit, not before). */
export async function knowledgeChange<C extends OrgContext, R>(
  ctx: C,
  work: (tx: ChangeCtx<C>) => Promise<R>,
): Promise<R> {
  const result = await runChange(ctx, work);
  forgetKnowledge(ctx.organisationId);
  return result;
}
