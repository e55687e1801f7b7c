import nx from '@nx/eslint-plugin';

const sameScope = (scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: [`scope:${scope}`, 'scope:shared'] });

// Tests may also use the testing library, whatever they test.
const boundaries = (inTests) => {
  const typed = (sourceTag, tags) => ({ sourceTag, onlyDependOnLibsWithTags: inTests ? [...tags, 'type:testing'] : tags });
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    // A library's own specs use the testing library, whose factories build rows of every library: a cycle
    // through specs only. Outside specs no library may import the testing library (the constraints below).
    ignoredCircularDependencies: [['tag:type:testing', 'tag:scope:server']],
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

// The tables of meetings and notifications, which no other context writes.
const FOREIGN_TABLES = 'agenda_item|agenda_backlog_item|agenda_amendment|meeting|meeting_series|meeting_attendee|decision|action_item|notification|notification_preference';
const FOREIGN_ENTITIES = 'AgendaItemEntity|AgendaBacklogItemEntity|AgendaAmendmentEntity|MeetingEntity|MeetingSeriesEntity|MeetingAttendeeEntity|DecisionEntity|ActionItemEntity|NotificationEntity|NotificationPreferenceEntity';

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
    // One owner per write (ARCHITECTURE.md): only meetings writes the agenda tables and only notifications the
    // notification tables; another context calls a port. Tests, the seed and the test factories may set rows up.
    files: ['libs/server/**/*.ts'],
    ignores: [
      'libs/server/meetings/**',
      'libs/server/notifications/**',
      'libs/server/seed/**',
      'libs/server/testing/**',
      '**/*.spec.ts',
      '**/*.int-spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value', 'TemplateElement[value.raw'].map((node) => ({
          selector: `${node}=/(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"?(${FOREIGN_TABLES})\\b/i]`,
          message: 'This table belongs to another context: call its port instead of writing it (ARCHITECTURE.md).',
        })),
        {
          selector: `CallExpression[callee.property.name=/^(insert|save|update|upsert|delete|softDelete|into)$/] > Identifier.arguments[name=/^(${FOREIGN_ENTITIES})$/]`,
          message: 'This entity belongs to another context: call its port instead of writing it (ARCHITECTURE.md).',
        },
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
