/**
 * Limits on a document's shape, checked at validation (before any source is asked): depth,
 * aliases and directives, counted through fragments as execution would expand them. Unlike
 * graphql-armor's rules these spare nothing: `__typename` aliases count like any other, and
 * introspection has a depth bound of its own (the standard introspection query nests `ofType`
 * deeper than any data query, but a 60-level `ofType` nest is refused). graphql-js's own
 * MaxIntrospectionDepthRule (already among the specified rules) bounds only nested
 * `fields`/`interfaces`/`possibleTypes`/`inputFields`, not `ofType`.
 *
 * Every count is memoised per fragment, so a document spreading fragments into each other
 * costs time linear in its size to measure, however large the expansion it describes.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { refusal } from './refusal.js';

export interface ShapeLimits {
  maxDepth: number;
  maxIntrospectionDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

export interface Shape {
  /** Longest field path that stays out of introspection. */
  depth: number;
  /** Longest field path through `__schema` or `__type` (0 when there is none). */
  introspectionDepth: number;
  aliases: number;
  directives: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
const EMPTY: Shape = { depth: 0, introspectionDepth: 0, aliases: 0, directives: 0 };

/** Measures an operation, expanding fragments (each measured once). */
export function measureShape(operation: OperationDefinitionNode, getFragment: (name: string) => FragmentDefinitionNode | null | undefined): Shape {
  const fragments = new Map<string, Shape>();
  const inProgress = new Set<string>();

  const measureSet = (set: SelectionSetNode): Shape => {
    const shape = { ...EMPTY };
    const merge = (child: Shape) => {
      shape.depth = Math.max(shape.depth, child.depth);
      shape.introspectionDepth = Math.max(shape.introspectionDepth, child.introspectionDepth);
      shape.aliases += child.aliases;
      shape.directives += child.directives;
    };
    for (const selection of set.selections) {
      shape.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) shape.aliases += 1;
        const child = selection.selectionSet ? measureSet(selection.selectionSet) : EMPTY;
        shape.aliases += child.aliases;
        shape.directives += child.directives;
        if (INTROSPECTION_ROOTS.has(selection.name.value)) {
          shape.introspectionDepth = Math.max(shape.introspectionDepth, 1 + Math.max(child.depth, child.introspectionDepth));
        } else {
          shape.depth = Math.max(shape.depth, 1 + child.depth);
          if (child.introspectionDepth) shape.introspectionDepth = Math.max(shape.introspectionDepth, 1 + child.introspectionDepth);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        merge(measureSet(selection.selectionSet));
      } else {
        merge(measureFragment(selection.name.value));
      }
    }
    return shape;
  };

  const measureFragment = (name: string): Shape => {
    const known = fragments.get(name);
    if (known) return known;
    const fragment = getFragment(name);
    // Unknown fragments and cycles are reported by graphql-js's own rules.
    if (!fragment || inProgress.has(name)) return EMPTY;
    inProgress.add(name);
    const inner = measureSet(fragment.selectionSet);
    const shape = { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) };
    inProgress.delete(name);
    fragments.set(name, shape);
    return shape;
  };

  const shape = measureSet(operation.selectionSet);
  return { ...shape, directives: shape.directives + (operation.directives?.length ?? 0) };
}

/** What is over a limit in `shape`, as refusals that say which limit and what to change. */
export function shapeRefusals(shape: Shape, limits: ShapeLimits): GraphQLError[] {
  const refusals: GraphQLError[] = [];
  if (shape.depth > limits.maxDepth) {
    refusals.push(refusal('DEPTH_LIMIT_EXCEEDED', `Query is ${shape.depth} fields deep, more than ${limits.maxDepth} (limits.maxDepth): select less deeply nested fields, or query them by ID in a second request`, null, { depth: shape.depth, maxDepth: limits.maxDepth }));
  }
  if (shape.introspectionDepth > limits.maxIntrospectionDepth) {
    refusals.push(refusal('DEPTH_LIMIT_EXCEEDED', `Introspection is ${shape.introspectionDepth} fields deep, more than ${limits.maxIntrospectionDepth} (limits.maxIntrospectionDepth): nest "ofType" less deeply`, null, { depth: shape.introspectionDepth, maxDepth: limits.maxIntrospectionDepth }));
  }
  if (shape.aliases > limits.maxAliases) {
    refusals.push(refusal('ALIAS_LIMIT_EXCEEDED', `Query uses ${shape.aliases} aliases (fragments counted where they are spread), more than ${limits.maxAliases} (limits.maxAliases): use fewer aliases or split the request`, null, { aliases: shape.aliases, maxAliases: limits.maxAliases }));
  }
  if (shape.directives > limits.maxDirectives) {
    refusals.push(refusal('DIRECTIVE_LIMIT_EXCEEDED', `Query uses ${shape.directives} directives, more than ${limits.maxDirectives} (limits.maxDirectives): use fewer directives`, null, { directives: shape.directives, maxDirectives: limits.maxDirectives }));
  }
  return refusals;
}

/** The validation rule: one measurement per operation. */
export function queryShapeRule(limits: ShapeLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      for (const error of shapeRefusals(measureShape(operation, (name) => context.getFragment(name)), limits)) context.reportError(error);
      return false;
    },
  });
}
