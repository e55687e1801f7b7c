import type { Config } from 'jest';
import { preset } from '../../../jest.preset';

// Jest only reads a default export from its config file. The shared preset keeps this in step with `npm test`.
export default {
  ...preset,
  displayName: 'web-focus-areas',
  testMatch: ['<rootDir>/libs/web/focus-areas/src/**/*.spec.{ts,tsx}'],
} satisfies Config;
