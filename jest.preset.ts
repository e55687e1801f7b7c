import type { Config } from 'jest';
import { compilerOptions } from './tsconfig.base.json';

// Maps the workspace's path aliases (tsconfig.base.json) for jest.
const moduleNameMapper = {
  ...Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`])),
  // The design system ships ES modules only; unit tests use plain stand-ins (libs/web/ui/src/testing).
  '^@rijkshuisstijl-community/components-react$': '<rootDir>/libs/web/ui/src/testing/design-system.stub.tsx',
  '\\.css$': '<rootDir>/libs/web/ui/src/testing/style.stub.ts',
};

// NestJS 12 and Apollo ship ESM only: jest needs them transformed to CommonJS.
const esmPackages = [
  '@nestjs',
  '@apollo',
  '@as-integrations',
  '@graphql-tools',
  '@whatwg-node',
  '@borewit',
  '@tokenizer',
  'file-type',
  'strtok3',
  'token-types',
  'uint8array-extras',
  'lru-cache',
  // Single sign-on (openid-client) and the tests' local OpenID provider.
  'openid-client',
  'oauth4webapi',
  'jose',
  'oidc-provider',
];

export const swcTransform: Config['transform'] = {
  '^.+\\.(t|j|mj)sx?$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ],
};

export const preset: Config = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: swcTransform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper,
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.data/'],
};
