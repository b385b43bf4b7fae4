/**
 * Query limits, every one refused with a code and a message saying what to change:
 * - tokens, at parse (graphql-js stops lexing at the limit);
 * - depth, aliases and directives, at validation (query-shape.ts);
 * - page sizes and cost, just before execution, with the request's variables (cost.ts).
 * graphql-armor is kept only to hide field suggestions.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { LimitsConfig } from '../config.js';
import { costRefusals, measureCost } from './cost.js';
import { queryShapeRule } from './query-shape.js';
import { refusal } from './refusal.js';

export type QueryLimits = Pick<
  LimitsConfig,
  'maxPageSize' | 'defaultPageSize' | 'maxDepth' | 'maxIntrospectionDepth' | 'maxAliases' | 'maxTokens' | 'maxCost' | 'maxDirectives'
>;

/** graphql-js's own message when it stops at `maxLexicalTokens`. */
const TOKEN_LIMIT_MESSAGE = /Document contains more th\w* \d+ tokens/;

function tokenLimit(maxTokens: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxLexicalTokens: maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
            throw refusal('TOKEN_LIMIT_EXCEEDED', `Query has more than ${maxTokens} tokens (limits.maxTokens): send a shorter document`, null, { maxTokens });
          }
          throw error;
        }
      });
    },
  };
}

function shapeLimits(limits: QueryLimits): Plugin {
  const rule = queryShapeRule(limits);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}

function costLimit(limits: QueryLimits): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const report = measureCost(args.schema, args.document, args.operationName, args.variableValues as Record<string, unknown> | undefined, limits);
      const refusals = report ? costRefusals(report, limits) : [];
      if (refusals.length) setResultAndStopExecution({ errors: refusals });
    },
  };
}

export function queryLimits(limits: QueryLimits, hideSuggestions: boolean): Plugin[] {
  return [
    tokenLimit(limits.maxTokens),
    shapeLimits(limits),
    costLimit(limits),
    EnvelopArmorPlugin({
      maxDepth: { enabled: false },
      maxAliases: { enabled: false },
      maxTokens: { enabled: false },
      maxDirectives: { enabled: false },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: hideSuggestions },
    }) as Plugin,
  ];
}
