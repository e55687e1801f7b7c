export * from './lib/vastlopers.module';
export { VASTLOPERS_RESOLVERS } from './lib/vastlopers.module';
