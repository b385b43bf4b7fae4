import { describe, expect, it } from 'vitest';
import { createMemo, withMemoBound } from './memo.js';

describe('adapter memo', () => {
  it('shares one load among concurrent callers and serves it while fresh', async () => {
    let loads = 0;
    const memo = createMemo(60);
    const load = async () => ++loads;
    const values = await Promise.all([memo.get('users', load), memo.get('users', load), memo.get('users', load)]);
    expect(values).toEqual([1, 1, 1]);
    expect(await memo.get('users', load)).toBe(1);
    expect(await memo.peek('users')).toBe(1);
    expect(loads).toBe(1);
  });

  it('does not remember a failed load', async () => {
    const memo = createMemo(60);
    await expect(memo.get('users', async () => Promise.reject(new Error('vendor down')))).rejects.toThrow('vendor down');
    await Promise.resolve();
    expect(memo.peek('users')).toBeUndefined();
    expect(await memo.get('users', async () => 'ok')).toBe('ok');
  });

  it('expires by its clock and drops keys by prefix', async () => {
    let now = 1_000_000;
    const memo = createMemo(10, () => now);
    await memo.get('task:1', async () => 'a');
    await memo.get('task:2', async () => 'b');
    await memo.get('projects', async () => 'c');
    memo.clear('task:');
    expect(memo.peek('task:1')).toBeUndefined();
    expect(await memo.peek('projects')).toBe('c');
    now += 10_001;
    expect(memo.peek('projects')).toBeUndefined();
  });

  it('holds nothing with a TTL of zero', async () => {
    let loads = 0;
    const memo = createMemo(0);
    await memo.get('users', async () => ++loads);
    await memo.get('users', async () => ++loads);
    expect(loads).toBe(2);
    expect(memo.size).toBe(0);
  });

  it('holds at most the bound set around its creation (the source cacheMaxEntries)', async () => {
    const memo = withMemoBound(50, () => createMemo(60));
    for (let i = 0; i < 500; i++) await memo.get(`entries:${i}`, async () => i);
    expect(memo.size).toBe(50);
    expect(await memo.peek('entries:499')).toBe(499);
    expect(memo.peek('entries:0')).toBeUndefined();
  });

  it('purges expired keys without anyone reading them again', async () => {
    const memo = createMemo(1);
    for (let i = 0; i < 10_000; i++) await memo.get(`entries:upTo=${i}`, async () => i);
    expect(memo.size).toBe(10_000);
    await new Promise((r) => setTimeout(r, 1_300));
    expect(memo.size).toBe(0);
  });
});
