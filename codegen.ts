/**
 * graphql-codegen: prints the lexicographically sorted schema to schema/schema.graphql and
 * generates typed documents (client preset) for the operations the tests and examples use.
 * Run `npm run codegen` after changing the schema; `npm run schema:check` fails on drift.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { printSortedSchema } from './src/schema/index.js';

const sdl = printSortedSchema();

const config: CodegenConfig = {
  schema: sdl,
  documents: ['test/**/*.ts', 'examples/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'schema/schema.graphql': {
      plugins: ['schema-ast'],
      config: { sort: true, includeDirectives: false },
    },
    'test/gql/': {
      preset: 'client',
      config: { enumsAsTypes: true, useTypeImports: true, emitLegacyCommonJSImports: false, scalars: { DateTime: 'string', Date: 'string', Duration: 'string', Seconds: 'number', JSON: 'unknown' } },
      presetConfig: { fragmentMasking: false },
      // NodeNext resolution needs explicit .js extensions in the generated imports.
      // (client preset option)

    },
  },
};

export default config;
