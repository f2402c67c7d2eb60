import { type ChangeCtx, type Lock, runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import { readCache } from '../../core/read-cache.ts';

// The boards many people read alike — a challenge's team board, the month's individual ranking — are
// loaded once per organisation and kept for a few seconds on this instance (core/read-cache.ts); each
// reader's own place ("my team", "me and my neighbours") is found in memory. Every recognition change
// (points, kudos, badges, celebrations, preferences, the switch, challenges) forgets the organisation's
// boards once it committed, so a person sees their own change at once on this instance. Changes made
// elsewhere (someone moves unit or leaves, a name changes) show when the copy expires.

export const SHARED_BOARD_TTL_MS = 3_000;

/** Boards keyed by what they are for (`challenge:…`, `month:…`). */
export const recognitionReads = readCache<object>({ ttlMs: SHARED_BOARD_TTL_MS, maxEntries: 2_000 });

/**
 * Each reader's unit (`unit:<person>`), for "my team": one row per reader, apart from the boards so many
 * readers do not push the boards out. (A shared map of everyone's unit meant turning some 10,000 rows into
 * a map on the event loop every few seconds, while every other request waited.)
 */
export const readerUnits = readCache<{ unitId: string | null }>({
  ttlMs: SHARED_BOARD_TTL_MS,
  maxEntries: 20_000,
});

export const forgetRecognition = (organisationId: string) => {
  recognitionReads.forget(organisationId);
  readerUnits.forget(organisationId);
};

/** `runChange`, then the organisation's shared boards are forgotten (after the commit, not before). */
export async function recognitionChange<C extends OrgContext, R>(
  ctx: C,
  work: (tx: ChangeCtx<C>) => Promise<R>,
  options: { lock?: Lock } = {},
): Promise<R> {
  const result = await runChange(ctx, work, options);
  forgetRecognition(ctx.organisationId);
  return result;
}
