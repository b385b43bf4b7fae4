import { describe, expect, it } from 'vitest';
import {
  formatIsoDuration,
  minutesToSeconds,
  parseClockifyDuration,
  parseDesklogDuration,
  parseIsoDuration,
  secondsBetween,
} from '../../src/domain/duration.js';

describe('ISO 8601 durations', () => {
  it.each([
    ['PT1H30M', 5400],
    ['PT0S', 0],
    ['PT45S', 45],
    ['P1DT2H', 93600],
    ['P2W', 1209600],
    ['PT1.5H', 5400],
    ['PT0,5M', 30],
    ['pt2h', 7200],
    ['-PT1M', -60],
  ])('parses %s as %i seconds', (text, seconds) => {
    expect(parseIsoDuration(text)).toBe(seconds);
  });

  it.each(['', 'P', 'PT', '1H', 'P1Y', 'P1M', 'PT1H2X', 'forever', 'P1DT'])('refuses %j', (text) => {
    expect(parseIsoDuration(text)).toBeNull();
  });

  it.each([
    [0, 'PT0S'],
    [59, 'PT59S'],
    [5400, 'PT1H30M'],
    [3661, 'PT1H1M1S'],
    [144000, 'PT40H'],
    [-60, '-PT1M'],
  ])('formats %i seconds as %s', (seconds, text) => {
    expect(formatIsoDuration(seconds)).toBe(text);
    expect(parseIsoDuration(text)).toBe(seconds);
  });
});

describe('vendor duration formats', () => {
  it('reads Clockify ISO strings, bare number strings and null while running', () => {
    expect(parseClockifyDuration('PT1H30M')).toBe(5400);
    expect(parseClockifyDuration('P1DT2H')).toBe(93600);
    expect(parseClockifyDuration('8000')).toBe(8000);
    expect(parseClockifyDuration(8000)).toBe(8000);
    expect(parseClockifyDuration(null)).toBeNull();
    expect(parseClockifyDuration('')).toBeNull();
    expect(parseClockifyDuration('soon')).toBeNull();
  });

  it('reads Desklog pretty strings and treats "--" as no value, not zero', () => {
    expect(parseDesklogDuration('02h 30m')).toBe(9000);
    expect(parseDesklogDuration('00h 10m')).toBe(600);
    expect(parseDesklogDuration('00h 00m')).toBe(0);
    expect(parseDesklogDuration('01h 02m 03s')).toBe(3723);
    expect(parseDesklogDuration('--')).toBeNull();
    expect(parseDesklogDuration(' -- ')).toBeNull();
    expect(parseDesklogDuration(null)).toBeNull();
    expect(parseDesklogDuration('2 hours')).toBeNull();
  });

  it('converts minutes and derives spans', () => {
    expect(minutesToSeconds(90)).toBe(5400);
    expect(minutesToSeconds(null)).toBeNull();
    expect(minutesToSeconds(Number.NaN)).toBeNull();
    expect(secondsBetween(new Date('2026-11-01T10:00:00Z'), new Date('2026-11-01T11:30:00Z'))).toBe(5400);
    expect(secondsBetween(new Date('2026-11-01T10:00:00Z'), null)).toBeNull();
    expect(secondsBetween(new Date('2026-11-01T10:00:00Z'), new Date('2026-11-01T09:00:00Z'))).toBe(0);
  });
});
