/**
 * `node --import` this file to make the process fail loudly if it loads any code besides
 * Node's built-ins and src/cli.ts itself: nothing from node_modules, and no part of the build
 * that holds another source file or a bundled package (GraphQL, the store, Redis, config
 * validation all live in such chunks). The CLI test runs `timegate --help` and `--version`
 * under it: they must answer from the CLI's own code (issue #13 item 1).
 *
 * esbuild marks where each piece of a bundle comes from with a `// src/…` or
 * `// node_modules/…` comment (the build does not minify); its runtime helpers have none.
 */
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
export async function load(url, context, next) {
  const loaded = await next(url, context);
  if (url.startsWith('node:')) return loaded;
  const origins = [...String(loaded.source ?? '').matchAll(/^\\/\\/ ((?:src|node_modules)\\/\\S+)$/gm)].map((m) => m[1]);
  const foreign = origins.filter((origin) => origin !== 'src/cli.ts');
  if (url.includes('/node_modules/') || foreign.length) {
    throw new Error('code loaded beyond the CLI: ' + url + ' ' + foreign.slice(0, 3).join(', '));
  }
  return loaded;
}`),
);
