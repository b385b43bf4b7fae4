/**
 * The GraphiQL explorer as a person uses it: a real headless Chromium opens /graphql on a
 * gateway with no network beyond loopback, runs the ready example operation and sees data.
 * Needs Debian's chromium (.ci/run installs it); skipped with a reason when it is absent.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startGateway, type RunningGateway } from '../../src/main.js';
import { seedNative } from '../../src/sandbox/native/seed.js';
import { hasExecutable } from '../support/requirements.js';

const CHROMIUM = '/usr/bin/chromium';

describe.runIf(hasExecutable(CHROMIUM, 'GraphiQL in a browser'))('GraphiQL in a browser (needs /usr/bin/chromium)', () => {
  let gateway: RunningGateway;
  let browser: Browser;
  beforeAll(async () => {
    gateway = await startGateway(parseConfig({ store: 'memory', port: 0 }));
    await seedNative(gateway.registry.get('local'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await gateway?.close();
  });

  it('opens with the example operation, runs it, and shows entries from the native store', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) outside.push(request.url());
    });
    await page.goto(`${gateway.url}/graphql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    expect(await page.title()).toBe('timegate');
    await page.click('.graphiql-execute-button');
    // The response editor only renders the lines in view: the first entries are enough.
    await page.waitForFunction(() => (document.querySelector('.graphiql-response')?.textContent ?? '').includes('timeEntries'), undefined, { timeout: 30_000 });
    // Monaco draws spaces as no-break spaces.
    const response = ((await page.textContent('.graphiql-response')) ?? '').replace(/\u00a0/g, ' ');
    expect(response).toContain('engine work, day 20');
    expect(response).toContain('Analytical Engine');
    // Everything GraphiQL needs is served by the gateway itself.
    expect(outside).toEqual([]);
  }, 60_000);
});
