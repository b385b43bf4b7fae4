/**
 * The cost of an operation: the most field values its answer can hold, with every list
 * counted at the page size it will actually get. That size comes from the variables and the
 * defaults, not only from literals (graphql-armor read `first` only when it was a literal, so
 * `timeEntries(first: $n)` or an omitted `first` cost as one item):
 *
 * - a field with a `first` argument returns up to `first` items: the literal, the variable's
 *   value, the argument's schema default, or else `limits.defaultPageSize`;
 * - a field with an `ids` list argument (`nodes(ids:)`) returns one item per ID;
 * - any other field counts once (lists without a page argument are bounded by the data).
 *
 * cost(field) = items × (1 + cost of its selection). Fragments are expanded (measured once
 * each), and a selection of an abstract type counts every type condition: an upper bound.
 *
 * A page argument above `limits.maxPageSize` is refused here too (BAD_USER_INPUT), before anything runs.
 * Variables are only known per request, so this runs before execution rather than at
 * validation (whose result Yoga caches per document).
 */
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isCompositeType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { refusal } from './refusal.js';

export interface CostLimits {
  maxCost: number;
  maxPageSize: number;
  defaultPageSize: number;
}

export interface PageOverflow {
  field: string;
  argument: 'first' | 'ids';
  size: number;
}

export interface CostReport {
  cost: number;
  overflows: PageOverflow[];
}

function chooseOperation(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

function fieldDefinition(schema: GraphQLSchema, parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parent === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return 'getFields' in parent ? parent.getFields()[name] : undefined;
}

/**
 * Measures one operation with its variables; null when the operation or its variables are
 * invalid (execution refuses those itself, with the usual errors).
 */
export function measureCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  limits: Pick<CostLimits, 'defaultPageSize' | 'maxPageSize'>,
): CostReport | null {
  const operation = chooseOperation(document, operationName);
  if (!operation) return null;
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const overflows: PageOverflow[] = [];
  const memo = new WeakMap<SelectionSetNode, Map<string, number>>();
  const inProgress = new Set<SelectionSetNode>();

  const itemsOf = (field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, name: string): number => {
    let items = 1;
    if (field.args.some((a) => a.name === 'first')) {
      items = typeof args.first === 'number' ? args.first : limits.defaultPageSize;
      if (items > limits.maxPageSize) overflows.push({ field: name, argument: 'first', size: items });
    } else if (field.args.some((a) => a.name === 'ids') && Array.isArray(args.ids)) {
      items = args.ids.length;
      if (items > limits.maxPageSize) overflows.push({ field: name, argument: 'ids', size: items });
    }
    return Math.max(items, 0);
  };

  const costOfSet = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    const known = memo.get(set)?.get(parent.name);
    if (known !== undefined) return known;
    // Fragment cycles are refused at validation; this only keeps a bad document from looping.
    if (inProgress.has(set)) return 0;
    inProgress.add(set);
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = fieldDefinition(schema, parent, selection.name.value);
        if (!field) continue;
        let args: Record<string, unknown> = {};
        try {
          args = getArgumentValues(field, selection, variables);
        } catch {
          // Invalid arguments fail execution on their own; count the field as one item.
        }
        const items = itemsOf(field, args, selection.name.value);
        const type = getNamedType(field.type);
        const inner = selection.selectionSet && isCompositeType(type) ? costOfSet(selection.selectionSet, type) : 0;
        cost += items * (1 + inner);
      } else {
        const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : fragments.get(selection.name.value)?.typeCondition;
        const set = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
        const type = condition ? schema.getType(condition.name.value) : parent;
        if (set && type && isCompositeType(type)) cost += costOfSet(set, type);
      }
    }
    inProgress.delete(set);
    if (!memo.has(set)) memo.set(set, new Map());
    memo.get(set)!.set(parent.name, cost);
    return cost;
  };

  return { cost: costOfSet(operation.selectionSet, root), overflows };
}

/** The refusals for a measured operation: page sizes over the maximum, then the total cost. */
export function costRefusals(report: CostReport, limits: CostLimits): GraphQLError[] {
  // An oversized page is bad input like any other (the code and `fields` the resolvers give).
  const refusals = report.overflows.map(({ field, argument, size }) => {
    const fields = [{ path: [argument], message: `must be at most ${limits.maxPageSize}` }];
    const extra = { fields, limit: 'maxPageSize', maxPageSize: limits.maxPageSize };
    return argument === 'first'
      ? refusal('BAD_USER_INPUT', `${field}(first: ${size}) asks for more than ${limits.maxPageSize} items (limits.maxPageSize): ask for at most ${limits.maxPageSize} and page on with "after"`, 400, extra)
      : refusal('BAD_USER_INPUT', `${field}(ids:) lists ${size} IDs, more than ${limits.maxPageSize} (limits.maxPageSize): ask for at most ${limits.maxPageSize} IDs per request`, 400, extra);
  });
  if (!refusals.length && report.cost > limits.maxCost) {
    refusals.push(
      refusal('COST_LIMIT_EXCEEDED', `Query cost ${report.cost} is over the limit of ${limits.maxCost} (limits.maxCost; each list counts at its page size): select fewer fields or aliases, or ask for smaller pages with "first"`, 400, { cost: report.cost, maxCost: limits.maxCost }),
    );
  }
  return refusals;
}
