import type { Config } from 'jest';
import { preset } from './jest.preset';
import { SERVER_BRANCH_COVERAGE, libraryPath } from './tools/coverage/floors';

// Three kinds of test, run by `npm test` in this order: unit (pure, parallel), integration
// (real PostgreSQL and Redis), e2e (the built stack in Chromium).
const config: Config = {
  // Integration tests start real servers and processes; unit tests finish far below this.
  testTimeout: 60_000,
  // For the integration run with --coverage (the unit run names the domain's files and floor itself).
  collectCoverageFrom: [
    'libs/server/*/src/**/*.ts',
    '!libs/server/*/src/**/*.{spec,int-spec}.ts',
    '!libs/server/*/src/index.ts',
    // The tests' own helpers.
    '!libs/server/testing/**',
  ],
  coverageThreshold: {
    global: {},
    ...Object.fromEntries(Object.entries(SERVER_BRANCH_COVERAGE).map(([library, branches]) => [`./${libraryPath(library)}`, { branches }])),
  },
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.{ts,tsx}'] },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,migrations}/**/*.int-spec.ts'],
    },
    '<rootDir>/apps/e2e/jest.config.ts',
  ],
};

export default config;
