#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so `npm install`/`npm ci` leave a runnable build): compiles
 * src/cli.ts and everything it imports into dist/ with esbuild. Types are checked separately
 * by `tsc --noEmit` in `npm test`; esbuild only strips them, which is why this takes well
 * under a second instead of tsx compiling the whole tree at every start.
 *
 * One bundle with code splitting: the `await import()`s in src/cli.ts become chunks of their
 * own, so `timegate --help` loads a few kilobytes and never GraphQL, the store or Redis.
 * Dependencies are bundled too: loading hundreds of small files from node_modules (resolve,
 * open, compile each) was most of the start-up CPU, and bundling them halved the time to
 * /readyz (bench/startup.ts). A few stay in node_modules, see EXTERNAL. dist/cli.js sits one
 * folder below the package root like src/cli.ts did, so `../package.json` still resolves.
 *
 * Plain JavaScript, not TypeScript: `prepare` runs it before anything could compile it.
 */
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = join(ROOT, 'dist');

/** Packages loaded from node_modules at run time rather than bundled, and why. */
const EXTERNAL = [
  // Native addons: their .node binary is found relative to the package.
  'better-sqlite3',
  'pg-native', // pg's optional native driver, required only if installed
  // Starts transports in worker threads from files it locates with __dirname.
  'pino',
  'pino-pretty',
  'thread-stream',
  // Its 9 MB of GraphiQL assets would only bloat the bundle; it is one file to load.
  '@graphql-yoga/render-graphiql',
];

export async function buildDist() {
  rmSync(DIST, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli.ts'],
    outdir: DIST,
    outbase: 'src',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: EXTERNAL,
    // Bundled CommonJS packages call require() for node: built-ins; ESM output has none.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: true,
    // Maps point at the files (src/ and node_modules/) rather than carrying their text.
    sourcesContent: false,
    // Class and function names stay as written: error messages and logs print them.
    keepNames: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildDist();
