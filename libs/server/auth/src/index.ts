export * from './lib/auth.module';
export * from './lib/auth.exception';
export { AUTH_RESOLVERS } from './lib/auth.module';
