import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the server's schema straight from the Go tree (graph/*.graphqls, hand-written and ent-generated)
// and types every graphql(`...`) document in src/. The output in src/gql/ is committed.
const config: CodegenConfig = {
  schema: '../../graph/**/*.graphqls',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        // Unknown custom scalars become `unknown`, never `any`.
        defaultScalarType: 'unknown',
        scalars: {
          ID: { input: 'string', output: 'string' },
          Cursor: 'string',
          Time: 'string',
          Map: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
