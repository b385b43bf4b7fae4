/**
 * Vitest global setup: compiles dist/ once before any test file runs, so the tests that start
 * the CLI as a child process (through bin/timegate.js, as a user would) run the code under
 * test, not a stale build, and `npm test` stays one command.
 *
 * Why the compiled CLI and not tsx: it is what `npm start` and the `timegate` bin run, so a
 * bundling mistake (a file the build leaves out, a path that only resolves from src/) fails a
 * test; and each start takes a fraction of the CPU that compiling TypeScript at start took.
 */
import { buildDist } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  await buildDist();
}
