#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so `npm install`/`npm ci` leave a runnable build): compiles
 * src/cli.ts and everything it imports into dist/ with esbuild. Types are checked separately
 * by `tsc --noEmit` in `npm test`; esbuild only strips them, which is why this takes well
 * under a second instead of tsx compiling the whole tree at every start.
 *
 * One bundle with code splitting: the `await import()`s in src/cli.ts become chunks of their
 * own, so `timegate --help` loads a few kilobytes and never GraphQL, the store or Redis.
 * Packages stay external (node_modules is resolved at run time, as before), so native modules
 * (better-sqlite3) and GraphiQL's assets are found where npm put them. dist/cli.js sits one
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
    packages: 'external',
    sourcemap: true,
    // Class and function names stay as written: error messages and logs print them.
    keepNames: true,
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildDist();
