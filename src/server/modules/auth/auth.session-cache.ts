/**
 * Who is behind a session cookie or API token, remembered in this process for a few seconds so a
 * signed-in request need not ask the database. Correct only while someone evicts what changes: the
 * auth listener does, on every instance, from the database's change notifications; while it cannot
 * (connection lost), the cache is disabled and every request asks the database.
 */
export class SessionCache<T> {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;
  /** Map order is use order: the first entry is the least recently used. */
  readonly #entries = new Map<string, { value: T; owner: string; organisationId: string; until: number }>();
  readonly #byOwner = new Map<string, Set<string>>();
  // Bumped by every eviction: a lookup that began before one may hold what was just evicted.
  #epoch = 0;
  #isEnabled = false;

  constructor(options: { ttlMs: number; maxEntries: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = options.maxEntries;
    this.#now = options.now ?? Date.now;
  }

  get isEnabled() {
    return this.#isEnabled;
  }

  get size() {
    return this.#entries.size;
  }

  get(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.#now()) {
      this.#remove(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Call before reading the database; pass the answer to `set`, which drops it if anything was evicted since. */
  begin(): number {
    return this.#epoch;
  }

  set(key: string, value: T, tags: { owner: string; organisationId: string }, begun: number) {
    if (!this.#isEnabled || begun !== this.#epoch) return;
    this.#remove(key);
    this.#entries.set(key, { value, ...tags, until: this.#now() + this.#ttlMs });
    const keys = this.#byOwner.get(tags.owner) ?? new Set<string>();
    keys.add(key);
    this.#byOwner.set(tags.owner, keys);
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#remove(oldest);
    }
  }

  /** Everything cached for one person (all their sessions) or one API token. */
  evictOwner(owner: string) {
    this.#epoch++;
    for (const key of this.#byOwner.get(owner) ?? []) this.#remove(key);
  }

  evictOrganisation(organisationId: string) {
    this.#epoch++;
    for (const [key, entry] of this.#entries) if (entry.organisationId === organisationId) this.#remove(key);
  }

  clear() {
    this.#epoch++;
    this.#entries.clear();
    this.#byOwner.clear();
  }

  /** Start remembering (the listener is up) or stop and forget everything (it is down). */
  setEnabled(isEnabled: boolean) {
    this.clear();
    this.#isEnabled = isEnabled;
  }

  #remove(key: string) {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    const keys = this.#byOwner.get(entry.owner);
    keys?.delete(key);
    if (keys?.size === 0) this.#byOwner.delete(entry.owner);
  }
}
