import { describe, expect, it } from 'vitest';
import { createCacheFactory } from './cache.js';

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
