export * from './lib/enum-values';
export * from './lib/programme';
export * from './lib/roles';
export * from './lib/items';
export * from './lib/meetings';
export * from './lib/ladder';
