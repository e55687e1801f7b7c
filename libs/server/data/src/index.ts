export * from './lib/entities';
export * from './lib/data-source-options';
export * from './lib/database.module';
export * from './lib/snake-naming.strategy';
export * from './lib/entity-loaders';
export * from './lib/open-vastloper-counts';
export * from './lib/prepared-statements';
