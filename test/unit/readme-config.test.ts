/**
 * The README's configuration examples are what a new user copies: each vendor's JSON example
 * must be a source the config accepts, and every vendor must have one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { VENDORS } from '../../src/domain/ids.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
const sourceExamples = jsonBlocks.filter((b) => b.trimStart().startsWith('{') && /"vendor"/.test(b) && !/"sources"/.test(b)).map((b) => JSON.parse(b) as { vendor: string });

describe('README config examples', () => {
  it('has one JSON source example per vendor', () => {
    expect(sourceExamples.map((s) => s.vendor).sort()).toEqual([...VENDORS].sort());
  });

  it.each(sourceExamples.map((s) => [s.vendor, s] as const))('the %s example is a valid source', (_, source) => {
    const env = new Proxy({}, { get: (_t, name) => (typeof name === 'string' ? `placeholder-for-${name}` : undefined) }) as NodeJS.ProcessEnv;
    expect(() => parseConfig({ store: 'memory', sources: [source] }, env)).not.toThrow();
  });
});
