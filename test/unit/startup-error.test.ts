import { describe, expect, it } from 'vitest';
import { maskRedisUrl } from '../../src/redis.js';
import { StartupError, describeStartupFailure, reasonOf } from '../../src/startup-error.js';

describe('start-up error lines', () => {
  const error = new StartupError('cannot open the store postgres://db:5432/app: connect ECONNREFUSED', 'start PostgreSQL there, or correct "store"', {
    setting: 'store',
    cause: new Error('connect ECONNREFUSED'),
  });

  it('are one line naming the config file, with the stacks only at debug level', () => {
    const line = describeStartupFailure(error, '/etc/timegate.json', {});
    expect(line).toBe('timegate: cannot open the store postgres://db:5432/app: connect ECONNREFUSED. To fix: start PostgreSQL there, or correct "store" (in /etc/timegate.json).\n');
    const debug = describeStartupFailure(error, '/etc/timegate.json', { TIMEGATE_LOG_LEVEL: 'debug' });
    expect(debug.startsWith(line)).toBe(true);
    expect(debug).toMatch(/^\s+at /m);
    expect(debug).toContain('caused by: Error: connect ECONNREFUSED');
  });

  it('say how to see the stack of an unexpected error', () => {
    expect(describeStartupFailure(new TypeError('boom\nsecond line'), null, {})).toBe(
      'timegate: unexpected error at start: boom. Run with TIMEGATE_LOG_LEVEL=debug for the stack trace.\n',
    );
  });

  it('give a reason for an AggregateError, which has no message of its own', () => {
    const refused = (address: string) => Object.assign(new Error(`connect ECONNREFUSED ${address}`), { code: 'ECONNREFUSED' });
    expect(reasonOf(new AggregateError([refused('::1:5432'), refused('127.0.0.1:5432')]))).toBe('connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432');
  });

  it('never show a Redis password', () => {
    expect(maskRedisUrl('redis://:hunter2@cache.internal:6380/2')).toBe('redis://:***@cache.internal:6380/2');
    expect(maskRedisUrl('rediss://app:p%40ss@cache:6379')).toBe('rediss://app:***@cache:6379');
    expect(maskRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });
});
