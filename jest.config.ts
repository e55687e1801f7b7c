import type { Config } from 'jest';
import { preset } from './jest.preset';

// Branch coverage of each server library by the integration specs, the run that exercises them through
// the API, the queue and the database. `npm test` runs those specs with --coverage, and jest fails when a
// library falls below its floor, set three points under what a whole integration run measured (some
// branches are retries and timeouts that a run may or may not take).
const SERVER_BRANCH_COVERAGE: Record<string, number> = {
  alliances: 79, // measured 82.9%
  app: 66, // measured 69.3%
  audit: 81, // measured 84.1%
  auth: 79, // measured 82.6%
  core: 62, // measured 65.3%
  dashboards: 88, // measured 91.7%
  data: 55, // measured 58.8%
  doorbraakoverleg: 90, // measured 93.9% (its own spec)
  dossiers: 83, // measured 86.6% (with the dossiers' ladder and answer clock)
  escalation: 73, // measured 76.9%
  live: 75, // measured 78.3%
  meetings: 78, // measured 81.0%
  notifications: 77, // measured 80.6%
  seed: 83, // measured 86.7%
  similarity: 84, // measured 87.7%
  vastlopers: 85, // measured 88.1%
};

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
    ...Object.fromEntries(Object.entries(SERVER_BRANCH_COVERAGE).map(([library, branches]) => [`./libs/server/${library}/src/`, { branches }])),
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
