import type { Config } from 'jest';
import { preset } from './jest.preset';

// Three kinds of test, run by `npm test` in this order: unit (pure, parallel), integration
// (real PostgreSQL and Redis), e2e (the built stack in Chromium).
const config: Config = {
  // Integration tests start real servers and processes; unit tests finish far below this.
  testTimeout: 60_000,
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
