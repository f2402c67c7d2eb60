import { describe, expect, test } from 'vitest';
import { readCache } from './read-cache.ts';

describe('read cache', () => {
  test('a burst of readers shares one load, and the answer is kept until forgotten', async () => {
    const cache = readCache<{ n: number }>({ ttlMs: 60_000, maxEntries: 10 });
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { n: loads };
    };
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.get('org-a', 'board', load)));
    expect(loads).toBe(1);
    expect(answers.every((answer) => answer.n === 1)).toBe(true);
    expect((await cache.get('org-a', 'board', load)).n).toBe(1);
    cache.forget('org-a');
    expect((await cache.get('org-a', 'board', load)).n).toBe(2);
  });

  test("organisations never see each other's answers, and forgetting one leaves the other", async () => {
    const cache = readCache<{ org: string }>({ ttlMs: 60_000, maxEntries: 10 });
    expect(await cache.get('org-a', 'board', async () => ({ org: 'a' }))).toEqual({ org: 'a' });
    expect(await cache.get('org-b', 'board', async () => ({ org: 'b' }))).toEqual({ org: 'b' });
    cache.forget('org-a');
    expect(await cache.get('org-b', 'board', async () => ({ org: 'changed' }))).toEqual({ org: 'b' });
    expect(await cache.get('org-a', 'board', async () => ({ org: 'a2' }))).toEqual({ org: 'a2' });
  });

  test('a load that started before a change does not come back after it', async () => {
    const cache = readCache<{ v: string }>({ ttlMs: 60_000, maxEntries: 10 });
    let release: () => void = () => {};
    const slow = cache.get(
      'org-a',
      'feed',
      () =>
        new Promise((resolve) => {
          release = () => resolve({ v: 'before' });
        }),
    );
    cache.forget('org-a');
    release();
    expect(await slow).toEqual({ v: 'before' });
    expect(await cache.get('org-a', 'feed', async () => ({ v: 'after' }))).toEqual({ v: 'after' });
  });

  test('answers expire after their time: the old one is served while the new one loads', async () => {
    const cache = readCache<{ n: number }>({ ttlMs: 20, maxEntries: 10 });
    let loads = 0;
    const load = async () => ({ n: ++loads });
    await cache.get('org-a', 'k', load);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect((await cache.get('org-a', 'k', load)).n).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await cache.get('org-a', 'k', load)).n).toBe(2);
    expect(loads).toBe(2);
  });

  test('a fresh answer is handed back as it is, so a hit waits for nothing', async () => {
    const cache = readCache<{ n: number }>({ ttlMs: 60_000, maxEntries: 10 });
    const loaded = await cache.get('org-a', 'k', async () => ({ n: 1 }));
    const hit = cache.get('org-a', 'k', async () => ({ n: 2 }));
    expect(hit).toBe(loaded);
    cache.forget('org-a');
    expect(cache.get('org-a', 'k', async () => ({ n: 3 }))).toBeInstanceOf(Promise);
  });
});
