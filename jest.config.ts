import type { Config } from 'jest';
import { preset } from './jest.preset';

// Branch coverage of each server library by the integration specs, the run that exercises them through
// the API, the queue and the database. `npm test` runs those specs with --coverage, and jest fails when a
// library falls below its floor, set two points under what one integration run measured (4 of 35 suites
// timed out on a loaded machine then, so these are lower bounds; raise them after a clean run).
const SERVER_BRANCH_COVERAGE: Record<string, number> = {
  alliances: 80, // measured 82.9%
  app: 66, // measured 68.0%
  audit: 93, // measured 95.8%
  auth: 62, // measured 64.4%
  core: 51, // measured 53.6%
  dashboards: 89, // measured 91.7%
  data: 56, // measured 58.8%
  dossiers: 86, // measured 88.4%
  escalation: 70, // measured 72.6%
  live: 76, // measured 78.3%
  meetings: 72, // measured 74.5%
  notifications: 78, // measured 80.0%
  seed: 83, // measured 85.8%
  similarity: 76, // measured 78.5%
  vastlopers: 79, // measured 81.3%
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
