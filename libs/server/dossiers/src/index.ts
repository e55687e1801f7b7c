export { DOSSIERS_RESOLVERS, DossiersModule } from './lib/dossiers.module';
export { Dossier } from './lib/graphql/dossier.model';
export { carriedBy, dossierVisibility } from './lib/dossier-access';
export { DossiersService } from './lib/dossiers.service';
