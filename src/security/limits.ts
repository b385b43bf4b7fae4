/**
 * Query limits (graphql-armor): depth, aliases, tokens, directives and a static cost, checked
 * at validation, so an abusive document is refused before any source is asked.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { LimitsConfig } from '../config.js';

export function queryLimits(limits: LimitsConfig, hideSuggestions: boolean) {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: hideSuggestions },
  });
}
