#!/usr/bin/env node
// Runs the compiled CLI in dist/ (`npm run build`; `npm install` runs it through `prepare`).
// Stack traces map back to src/ with source maps, but only at debug level: reading the maps
// costs start-up time, and an operator sees stacks only at debug anyway.
if (process.env.TIMEGATE_LOG_LEVEL === 'debug') process.setSourceMapsEnabled(true);
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.js')) throw error;
  process.stderr.write('timegate is not built: run `npm run build` (npm install runs it for you)\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
