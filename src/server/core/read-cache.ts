import { LRUCache } from 'lru-cache';

// Hot reads that many people share (a challenge's team board, an organisation's ranking, a feed's
// newest page) are computed once and served from this process's memory for a few seconds. A module
// forgets an organisation's answers when it changes them (its own events, on this instance); other
// instances see the change when their copy expires and has been reloaded, so `ttlMs` (plus one load)
// is the staleness a reader may see.
// Concurrent misses for one key share one load (lru-cache's fetch), so a burst costs one query.
// Every key starts with the organisation: one tenant's answer can never be served to another.

export type ReadCache<V> = {
  /**
   * The organisation's answer under `key`, loaded once per `ttlMs` (concurrent callers share it). A
   * fresh answer comes back as it is, not as a promise: a hit then costs one map look-up, no promise,
   * which is most of what a request for a shared answer does.
   */
  get(organisationId: string, key: string, load: () => Promise<V>): V | Promise<V>;
  /** Forgets every answer of the organisation (after a change to what they are computed from). */
  forget(organisationId: string): void;
};

export function readCache<V extends object>(options: { ttlMs: number; maxEntries: number }): ReadCache<V> {
  type Context = { load: () => Promise<V> };
  const cache = new LRUCache<string, V, Context>({
    max: options.maxEntries,
    ttl: options.ttlMs,
    // An expired answer is served once more while its reload runs, so readers never queue behind a
    // reload every `ttlMs` (a forget is a new key, so it never serves an answer from before a change).
    allowStale: true,
    fetchMethod: (_key, _stale, { context }) => context.load(),
  });
  // Forgetting moves the organisation to a new generation: a load still running from before the
  // change lands under the old one, which nobody reads any more (LRU and TTL clear it).
  const generations = new Map<string, number>();
  return {
    get(organisationId, key, load) {
      const generation = generations.get(organisationId) ?? 0;
      const cacheKey = `${organisationId}\u0000${generation}\u0000${key}`;
      // A fresh hit, without lru-cache's fetch (options, a promise); an expired one stays for fetch.
      const fresh = cache.get(cacheKey, { allowStale: false, noDeleteOnStaleGet: true });
      if (fresh !== undefined) return fresh;
      return cache.fetch(cacheKey, { context: { load } }).then((value) => value ?? load());
    },
    forget(organisationId) {
      generations.set(organisationId, (generations.get(organisationId) ?? 0) + 1);
    },
  };
}
