export * from './lib/alliances.module';
export * from './lib/alliances.service';
// GraphQL types other features point at (a vastloper's alliance and owner).
export { Alliance } from './lib/graphql/alliance.model';
export { Person } from './lib/graphql/person.model';
export { Partner } from './lib/graphql/partner.model';
export { MinistryEnum } from './lib/graphql/enums';
export { PartnerTypeEnum } from './lib/graphql/enums';
