import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';

const capture = (secrets: string[]) => {
  const lines: string[] = [];
  const logger = createLogger(secrets, new Writable({ write: (chunk, _, done) => (lines.push(String(chunk)), done()) }));
  logger.level = 'info';
  return { logger, lines };
};

describe('log redaction by value', () => {
  it('scrubs a secret whole when a shorter secret is part of it', () => {
    const { logger, lines } = capture(['k3y-1234', 'k3y-1234-and-its-private-tail']);
    logger.warn({ detail: 'vendor said k3y-1234-and-its-private-tail' }, 'echo k3y-1234-and-its-private-tail');
    const text = lines.join('\n');
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain('private-tail');
  });
});
