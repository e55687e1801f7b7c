import nx from '@nx/eslint-plugin';

const sameScope = (scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'] });

// Tests may also use the testing library, whatever they test.
const boundaries = (inTests) => {
  const typed = (sourceTag, tags) => ({ sourceTag, onlyDependOnLibsWithTags: inTests ? [...tags, 'type:testing'] : tags });
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      sameScope('server'),
      sameScope('web'),
      typed('type:domain', ['type:domain']),
      typed('type:ui', ['type:ui', 'type:util', 'type:domain']),
      typed('type:data-access', ['type:data-access', 'type:util', 'type:domain']),
      typed('type:util', ['type:util', 'type:data-access', 'type:domain']),
      typed('type:feature', ['type:feature', 'type:data-access', 'type:ui', 'type:util', 'type:domain']),
      typed('type:testing', ['type:feature', 'type:data-access', 'type:util', 'type:domain', 'type:testing']),
    ],
  };
};

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', 'tmp/**', '.nx/**', 'coverage/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', boundaries(false)],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The domain is pure TypeScript: time is passed in, no framework in sight.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'react', 'react-dom', '@apollo/*', 'pg'] },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', boundaries(true)] },
  },
  {
    // Build and test configuration may reach shared tooling by path.
    files: ['**/*.config.{js,ts,mjs}', 'tools/**/*.js'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
