/**
 * Issue #9 items 4 and 14 through a real listening gateway: the cost of a query counts each
 * list at the page size it will really get (a variable, a schema default, or the configured
 * default page size), `nodes(ids:)` is bounded like a page, the body limit counts bytes as
 * they stream, introspection and `__typename` obey the depth and alias limits, and every
 * refusal carries `extensions.code` and says which limit to respect.
 */
import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { encodeGlobalId } from '../../src/domain/ids.js';
import { startGateway, type RunningGateway } from '../../src/main.js';
import { json, sendRaw } from '../support/http-client.js';

const post = (gw: RunningGateway, query: string, variables?: Record<string, unknown>) => sendRaw(gw.url, '/graphql', { body: JSON.stringify({ query, variables }) });

/** The attack of the issue: 30 aliases of one page of time entries. */
const thirtyPages = (first: string) =>
  `query Pages${first.includes('$n') ? '($n: Int)' : ''} { ${Array.from({ length: 30 }, (_, i) => `p${i}: timeEntries${first} { edges { node { id } } }`).join(' ')} }`;

/**
 * Cost and page-size (BAD_USER_INPUT) refusals answer 400; parse and validation refusals take the status
 * GraphQL over HTTP gives them (200 for an application/json client). Either way: no data.
 */
function expectRefused(res: { status: number; body: string }, code: string, hint: RegExp) {
  expect(res.status).toBe(/^(COST_LIMIT_EXCEEDED|BAD_USER_INPUT)$/.test(code) ? 400 : 200);
  const body = json(res);
  expect(body.data).toBeUndefined();
  expect(body.errors?.[0]?.extensions?.code).toBe(code);
  expect(body.errors?.[0]?.message).toMatch(hint);
  expect(body.errors?.[0]?.message).not.toMatch(/Syntax Error/);
}

describe('query cost uses the real page size and limits carry codes', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    gw = await startGateway(parseConfig({ store: 'memory', port: 0 }));
  });
  afterAll(() => gw.close());

  it('refuses 30 aliases × timeEntries(first: $n) with n = 200 before execution, and accepts n = 20', async () => {
    expectRefused(await post(gw, thirtyPages('(first: $n)'), { n: 200 }), 'COST_LIMIT_EXCEEDED', /limits\.maxCost/);
    const small = await post(gw, thirtyPages('(first: $n)'), { n: 20 });
    expect(small.status).toBe(200);
    expect(json(small).data.p29.edges).toEqual([]);
  });

  it('counts a literal first the same as a variable', async () => {
    expectRefused(await post(gw, thirtyPages('(first: 200)')), 'COST_LIMIT_EXCEEDED', /first/);
  });

  it('refuses first over the maximum page size, literal or variable, with a code that says the maximum', async () => {
    expectRefused(await post(gw, '{ timeEntries(first: 100000) { edges { node { id } } } }'), 'BAD_USER_INPUT', /at most 200/);
    expectRefused(await post(gw, 'query($n: Int) { timeEntries(first: $n) { edges { node { id } } } }', { n: 100000 }), 'BAD_USER_INPUT', /limits\.maxPageSize/);
  });

  it('bounds nodes(ids:) like a page', async () => {
    const ids = Array.from({ length: 201 }, () => encodeGlobalId('Tag', 'local', randomUUID()));
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }';
    expectRefused(await post(gw, query, { ids }), 'BAD_USER_INPUT', /201 IDs.*at most 200/);
    const fine = await post(gw, query, { ids: ids.slice(0, 3) });
    expect(fine.status).toBe(200);
    expect(json(fine).data.nodes).toHaveLength(3);
  });

  it('refuses a chunked 5 MB body with no Content-Length (413), and a declared one too', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    const chunks = (function* () {
      yield '{"query":"{ sources { key } }","variables":{"pad":"';
      for (let sent = 0; sent < 5_000_000; sent += chunk.length) yield chunk;
      yield '"}}';
    })();
    const chunked = await sendRaw(gw.url, '/graphql', { body: chunks, headers: { 'transfer-encoding': 'chunked' } });
    expect(chunked.status).toBe(413);
    expect(json(chunked).errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(json(chunked).errors?.[0]?.message).toMatch(/100000 bytes.*limits\.maxBodyBytes/);
    const declared = await sendRaw(gw.url, '/graphql', { body: `{"query":"{ sources { key } }","pad":"${'y'.repeat(200_000)}"}` });
    expect(declared.status).toBe(413);
    // A small chunked body is still read and answered.
    const small = await sendRaw(gw.url, '/graphql', { body: ['{"query":', '"{ sources { key } }"}'], headers: { 'transfer-encoding': 'chunked' } });
    expect(json(small)).toEqual({ data: { sources: [{ key: 'local' }] } });
  });

  it('refuses 500 aliases of __typename', async () => {
    const query = `{ ${Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expectRefused(await post(gw, query), 'ALIAS_LIMIT_EXCEEDED', /500 aliases.*limits\.maxAliases/);
  });

  it('refuses a 60-level ofType introspection nest, and still answers the standard introspection query', async () => {
    const nest = `{ __schema { types { ${'ofType { '.repeat(60)}name${' }'.repeat(60)} } } }`;
    expectRefused(await post(gw, nest), 'DEPTH_LIMIT_EXCEEDED', /limits\.maxIntrospectionDepth/);
    const standard = await post(gw, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }));
    expect(standard.status).toBe(200);
    expect(json(standard).data.__schema.queryType.name).toBe('Query');
  });

  it('gives token and directive refusals a code and the limit to respect', async () => {
    expectRefused(await post(gw, `{ sources { ${'key '.repeat(5000)} } }`), 'TOKEN_LIMIT_EXCEEDED', /limits\.maxTokens/);
    expectRefused(await post(gw, `{ sources { key ${'@include(if: true) '.repeat(30)} } }`), 'DIRECTIVE_LIMIT_EXCEEDED', /limits\.maxDirectives/);
  });

  it('counts aliases through fragments spread into each other (an exponential expansion)', async () => {
    const fragments = Array.from({ length: 40 }, (_, i) => (i === 0 ? 'fragment F0 on Query { a: __typename }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`));
    // Repeated spreads of one fragment are legal GraphQL; the document is small, the expansion 2^39.
    expectRefused(await post(gw, `{ ...F39 } ${fragments.join(' ')}`), 'ALIAS_LIMIT_EXCEEDED', /aliases/);
    expect(json(await post(gw, '{ sources { key } }'))).toEqual({ data: { sources: [{ key: 'local' }] } });
  });
});

describe('configured limits: the default page size counts when first is omitted; depth', () => {
  let gw: RunningGateway;
  beforeAll(async () => {
    // The schema has no cycle deeper than 7 fields, so depth is shown with a lower maxDepth.
    gw = await startGateway(parseConfig({ store: 'memory', port: 0, limits: { defaultPageSize: 200, maxDepth: 6 } }));
  });
  afterAll(() => gw.close());

  it('refuses 30 aliases × timeEntries with no first when the default page is 200, accepts first: 20', async () => {
    expectRefused(await post(gw, thirtyPages('')), 'COST_LIMIT_EXCEEDED', /limits\.maxCost/);
    expect((await post(gw, thirtyPages('(first: 20)'))).status).toBe(200);
  });

  it('refuses a query deeper than maxDepth with a code and the limit', async () => {
    const deep = '{ timeEntries(first: 1) { edges { node { task { project { members { id } } } } } } }';
    expectRefused(await post(gw, deep), 'DEPTH_LIMIT_EXCEEDED', /7 fields deep, more than 6 \(limits\.maxDepth\)/);
    expect((await post(gw, '{ timeEntries(first: 1) { edges { node { task { project { id } } } } } }')).status).toBe(200);
  });
});
