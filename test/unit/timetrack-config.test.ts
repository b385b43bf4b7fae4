/** The TimeTrack source's optional timeZone (issue #10 item 11) is checked at start. */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';

const source = { key: 'tt', vendor: 'timetrack', baseUrl: 'https://acct.timetrackenterprise.com/api/v2/ext', apiKey: 'k', apiSecret: 's' };

describe('TimeTrack source timeZone', () => {
  it('accepts an IANA zone, or none (UTC)', () => {
    expect(parseConfig({ sources: [{ ...source, timeZone: 'Europe/Vienna' }] }).sources[0]).toMatchObject({ timeZone: 'Europe/Vienna' });
    expect(parseConfig({ sources: [source] }).sources[0]).not.toHaveProperty('timeZone');
  });

  it('refuses a zone that does not exist, naming the path', () => {
    expect(() => parseConfig({ sources: [{ ...source, timeZone: 'Mars/Olympus_Mons' }] })).toThrow(/sources\.0\.timeZone: is not an IANA time zone/);
  });
});
