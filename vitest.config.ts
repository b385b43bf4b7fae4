import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module). Node, and so graphql-yoga, loads the CJS
    // build; Vite would hand our code the ESM one, and two copies break instanceof checks.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Builds dist/ once: the tests that start the CLI run the compiled build, as users do.
    globalSetup: ['test/support/build-dist.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Simulators and gateways bind loopback ports; files run in parallel, tests inside a file in order.
    pool: 'forks',
  },
});
