export * from './lib/vastlopers.module';
export { VASTLOPERS_RESOLVERS } from './lib/vastlopers.module';
export * from './lib/read-model/vastloper-figures';
export { ActielijnEnum, VastloperCategoryEnum } from './lib/graphql/enums';
export { RungCount } from './lib/graphql/ladder-overview.model';
export { Vastloper } from './lib/graphql/vastloper.model';
export { vastloperVisibility } from './lib/item-access';
