/**
 * The cost measure on its own, against the real schema: a list counts at the page size it
 * will get, however that size is given, and fragments are expanded without re-walking them.
 */
import { getIntrospectionQuery, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../schema/index.js';
import { costRefusals, measureCost } from './cost.js';

const LIMITS = { defaultPageSize: 50, maxPageSize: 200, maxCost: 20_000 };
const cost = (query: string, variables?: Record<string, unknown>, operationName?: string) => measureCost(schema, parse(query), operationName, variables, LIMITS);
const ENTRIES = '{ edges { node { id } } }';

describe('measureCost', () => {
  it('counts each field once, and a page of n items n times', () => {
    // timeEntries 1 + edges 1 + node 1 + id 1, times 10 items.
    expect(cost(`{ timeEntries(first: 10) ${ENTRIES} }`)?.cost).toBe(40);
    expect(cost('{ sources { key vendor } }')?.cost).toBe(3);
  });

  it('gives the same cost for a literal, a variable, a variable default and the configured default', () => {
    const literal = cost(`{ timeEntries(first: 50) ${ENTRIES} }`)!.cost;
    expect(cost(`query($n: Int) { timeEntries(first: $n) ${ENTRIES} }`, { n: 50 })!.cost).toBe(literal);
    expect(cost(`query($n: Int = 50) { timeEntries(first: $n) ${ENTRIES} }`)!.cost).toBe(literal);
    expect(cost(`{ timeEntries ${ENTRIES} }`)!.cost).toBe(literal);
    // A variable left null falls back to the configured default too.
    expect(cost(`query($n: Int) { timeEntries(first: $n) ${ENTRIES} }`, { n: null })!.cost).toBe(literal);
  });

  it('uses a schema default for first (migrations: 20)', () => {
    expect(cost('{ migrations { id } }')!.cost).toBe(20 * 2);
  });

  it('counts nodes(ids:) once per ID and reports more IDs than a page', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `id-${i}`);
    const report = cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids })!;
    expect(report.cost).toBe(250 * 2);
    expect(report.overflows).toEqual([{ field: 'nodes', argument: 'ids', size: 250 }]);
    expect(costRefusals(report, LIMITS)[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['ids'] }] });
  });

  it('multiplies through fragments and aliases, measuring a fragment once however often it is spread', () => {
    const fragments = Array.from({ length: 30 }, (_, i) => (i === 0 ? 'fragment F0 on Query { sources { key } }' : `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`));
    // 2^29 spreads of a 2-field fragment: a cost far over any limit, measured in linear time.
    expect(cost(`{ ...F29 } ${fragments.join(' ')}`)!.cost).toBe(2 ** 29 * 2);
    const aliases = cost(`{ a: timeEntries(first: 10) ${ENTRIES} b: timeEntries(first: 10) ${ENTRIES} }`)!;
    expect(aliases.cost).toBe(80);
  });

  it('refuses over maxCost with a code and the limit to change', () => {
    const thirty = `query($n: Int) { ${Array.from({ length: 30 }, (_, i) => `p${i}: timeEntries(first: $n) ${ENTRIES}`).join(' ')} }`;
    const report = cost(thirty, { n: 200 })!;
    expect(report.cost).toBe(30 * 200 * 4);
    const [error] = costRefusals(report, LIMITS);
    expect(error!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 24_000, maxCost: 20_000 });
    expect(error!.message).toMatch(/limits\.maxCost/);
    expect(costRefusals(cost(thirty, { n: 20 })!, LIMITS)).toEqual([]);
  });

  it('keeps the standard introspection query cheap, and skips invalid operations', () => {
    expect(cost(getIntrospectionQuery())!.cost).toBeLessThan(1000);
    expect(cost('query A { sources { key } } query B { sources { key } }')).toBeNull();
    expect(cost('query($n: Int!) { timeEntries(first: $n) { edges { node { id } } } }', {})).toBeNull();
  });
});
