import { describe, expect, it } from 'vitest';
import { createCacheFactory, createMemoryResponseCache, DEFAULT_CACHE_MAX_ENTRIES } from './cache.js';

describe('per-source response caches', () => {
  it('keeps sources apart, so invalidating one leaves the other', async () => {
    const caches = await createCacheFactory('memory');
    const a = caches.forSource('a', 60)!;
    const b = caches.forSource('b', 60)!;
    await a.set('/projects', { status: 200, text: '[1]' });
    await b.set('/projects', { status: 200, text: '[2]' });
    await a.invalidate();
    expect(await a.get('/projects')).toBeUndefined();
    expect(await b.get('/projects')).toEqual({ status: 200, text: '[2]' });
    await caches.close();
  });

  it('caches nothing when the TTL is zero or the cache is off', async () => {
    expect((await createCacheFactory('memory')).forSource('a', 0)).toBeUndefined();
    expect((await createCacheFactory('none')).forSource('a', 60)).toBeUndefined();
  });

  it('expires entries after their TTL', async () => {
    const caches = await createCacheFactory('memory');
    const a = caches.forSource('a', 1)!;
    await a.set('/tags', 'x');
    expect(await a.get('/tags')).toBe('x');
    await new Promise((r) => setTimeout(r, 1100));
    expect(await a.get('/tags')).toBeUndefined();
  });
});

describe('bounded in-process response caches', () => {
  it('holds at most cacheMaxEntries per source, dropping the least recently used', async () => {
    const caches = await createCacheFactory('memory');
    const a = caches.forSource('a', 60, 100)!;
    for (let i = 0; i < 1_000; i++) await a.set(`/entries?to=${i}`, { status: 200, text: String(i) });
    expect(a.size).toBe(100);
    expect(await a.get('/entries?to=999')).toEqual({ status: 200, text: '999' });
    expect(await a.get('/entries?to=0')).toBeUndefined();
    await caches.close();
  });

  it('does not keep expired entries resident until someone reads them', async () => {
    const caches = await createCacheFactory('memory');
    const a = caches.forSource('a', 1, 100_000)!;
    // Keys nobody asks twice, as "entries up to now" makes them.
    for (let i = 0; i < 10_000; i++) await a.set(`/entries?to=${i}`, { status: 200, text: '[]' });
    expect(a.size).toBe(10_000);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(a.size).toBe(0);
    await caches.close();
  });

  it('bounds a cache built directly with the default maximum', async () => {
    const cache = createMemoryResponseCache(60_000);
    for (let i = 0; i <= DEFAULT_CACHE_MAX_ENTRIES; i++) await cache.set(String(i), i);
    expect(cache.size).toBe(DEFAULT_CACHE_MAX_ENTRIES);
    await cache.invalidate();
    expect(cache.size).toBe(0);
  });
});
