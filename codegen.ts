import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web: every `graphql(...)` operation under libs/web, checked against the
// committed API schema. `npm run codegen:check` fails when the output is stale.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/src/**/*.ts', 'libs/web/**/src/**/*.tsx', '!libs/web/data-access/src/lib/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/lib/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        nonOptionalTypename: true,
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
  hooks: { afterAllFileWrite: [] },
};

export default config;
