/** Depth, aliases and directives as the validation rule measures them. */
import { getIntrospectionQuery, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { measureShape, shapeRefusals } from './query-shape.js';

function shape(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return measureShape(operation, (name) => fragments.get(name));
}

const LIMITS = { maxDepth: 12, maxIntrospectionDepth: 16, maxAliases: 30, maxDirectives: 20 };

describe('measureShape', () => {
  it('counts depth in fields, through fragments, without counting the fragment itself', () => {
    expect(shape('{ a { b { c } } }').depth).toBe(3);
    expect(shape('{ a { ...F } } fragment F on X { b { c } }').depth).toBe(3);
    expect(shape('{ a { ... on X { b } } }').depth).toBe(2);
  });

  it('measures introspection on its own bound, and counts ofType', () => {
    const nest = shape(`{ __schema { types { ${'ofType { '.repeat(60)}name${' }'.repeat(60)} } } }`);
    expect(nest.depth).toBe(0);
    expect(nest.introspectionDepth).toBe(63);
    expect(shapeRefusals(nest, LIMITS).map((e) => e.extensions.code)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
    // The query GraphiQL and codegen send stays within the bound.
    expect(shape(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true })).introspectionDepth).toBeLessThanOrEqual(LIMITS.maxIntrospectionDepth);
  });

  it('counts every alias, __typename included, once per spread of its fragment', () => {
    expect(shape(`{ ${Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ')} }`).aliases).toBe(500);
    expect(shape('{ ...F ...F x: a } fragment F on Q { y: b z: c }').aliases).toBe(5);
  });

  it('counts directives on fields, fragments and the operation', () => {
    expect(shape('query Q @a { x @b @c ...F @d } fragment F on Q @e { y @f }').directives).toBe(6);
  });

  it('terminates on a fragment cycle (refused by graphql-js itself)', () => {
    expect(shape('{ ...A } fragment A on Q { a { ...B } } fragment B on Q { b { ...A } }').depth).toBeGreaterThan(0);
  });
});
