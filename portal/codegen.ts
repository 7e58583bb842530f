import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the portal, generated from the server's schema
// (the same files gqlgen reads, see gqlgen.yml). Run `npm run codegen` after
// changing a schema file or a graphql() document; the output is committed.
const config: CodegenConfig = {
  schema: [
    'graph/schema/*.graphqls',
    'graph/ent.graphql',
    // gqlgen declares @goModel/@goField itself; codegen needs them spelled out.
    'portal/gqlgen-directives.graphql',
  ],
  documents: ['portal/src/**/*.{ts,tsx}', '!portal/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'portal/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        avoidOptionals: false,
        scalars: {
          Time: 'string',
          Cursor: 'string',
          Map: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
