import { describe, expect, it } from 'vitest';
import { SessionCache } from './auth.session-cache.ts';

function cacheAt(options: { ttlMs?: number; maxEntries?: number } = {}) {
  const clock = { now: 0 };
  const cache = new SessionCache<string>({
    ttlMs: options.ttlMs ?? 30_000,
    maxEntries: options.maxEntries ?? 100,
    now: () => clock.now,
  });
  cache.setEnabled(true);
  const put = (key: string, owner = 'p:anna', organisationId = 'org-1') =>
    cache.set(key, `value of ${key}`, { owner, organisationId }, cache.begin());
  return { cache, clock, put };
}

describe('session cache', () => {
  it('forgets an entry once its time is up', () => {
    const { cache, clock, put } = cacheAt({ ttlMs: 30_000 });
    put('s:1');
    clock.now = 29_999;
    expect(cache.get('s:1')).toBe('value of s:1');
    clock.now = 30_000;
    expect(cache.get('s:1')).toBeUndefined();
  });

  it('holds at most its size, dropping the least recently used', () => {
    const { cache, put } = cacheAt({ maxEntries: 2 });
    put('s:1');
    put('s:2');
    cache.get('s:1');
    put('s:3');
    expect(cache.size).toBe(2);
    expect(cache.get('s:2')).toBeUndefined();
    expect(cache.get('s:1')).toBe('value of s:1');
    expect(cache.get('s:3')).toBe('value of s:3');
  });

  it("evicts all of one person's sessions, or one organisation's, and nothing else", () => {
    const { cache, put } = cacheAt();
    put('s:laptop', 'p:anna', 'org-1');
    put('s:phone', 'p:anna', 'org-1');
    put('s:bram', 'p:bram', 'org-1');
    put('s:carla', 'p:carla', 'org-2');
    cache.evictOwner('p:anna');
    expect([cache.get('s:laptop'), cache.get('s:phone')]).toEqual([undefined, undefined]);
    expect(cache.get('s:bram')).toBe('value of s:bram');
    cache.evictOrganisation('org-1');
    expect(cache.get('s:bram')).toBeUndefined();
    expect(cache.get('s:carla')).toBe('value of s:carla');
  });

  it('does not keep what was read before an eviction that arrived while reading', () => {
    const { cache } = cacheAt();
    const begun = cache.begin();
    cache.evictOwner('p:someone-else');
    cache.set('s:1', 'read before the change', { owner: 'p:anna', organisationId: 'org-1' }, begun);
    expect(cache.get('s:1')).toBeUndefined();
  });

  it('keeps nothing while disabled, and forgets everything on being disabled', () => {
    const { cache, put } = cacheAt();
    put('s:1');
    cache.setEnabled(false);
    expect(cache.get('s:1')).toBeUndefined();
    put('s:2');
    expect(cache.size).toBe(0);
  });
});
