/**
 * `node --import` this file to make the process fail loudly if it loads GraphQL, the store or
 * Redis. The CLI test runs `timegate --help` and `--version` under it: those must answer
 * from the CLI's own chunk (issue #13 item 1), not pay for the gateway.
 */
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
const FORBIDDEN = ['graphql', 'graphql-yoga', '@pothos/core', 'kysely', 'pg', 'better-sqlite3', 'redis', '@keyv/redis', 'keyv'];
export async function resolve(specifier, context, next) {
  if (FORBIDDEN.includes(specifier)) throw new Error('forbidden module loaded: ' + specifier);
  return next(specifier, context);
}`),
);
