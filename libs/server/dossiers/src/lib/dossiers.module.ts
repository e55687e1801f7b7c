import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@doorbraak/server-audit';
import { EscalationModule } from '@doorbraak/server-escalation';
import { NotificationsCoreModule } from '@doorbraak/server-notifications';
import { DossierNoticesService } from './dossier-notices.service';
import { DossiersFilter } from './dossiers.filter';
import { DossiersLoaders } from './dossiers.loaders';
import { DossiersService } from './dossiers.service';
import { DossierConnectionResolver, DossierMemberResolver, DossierNoteResolver, DossierResolver } from './graphql/dossier.resolver';
import { DossierTimelineEntryResolver, VastloperDossierResolver } from './graphql/vastloper-dossier.resolver';

export const DOSSIERS_RESOLVERS = [DossierResolver, DossierConnectionResolver, DossierMemberResolver, DossierNoteResolver, VastloperDossierResolver, DossierTimelineEntryResolver];

@Module({
  imports: [AuditModule, EscalationModule, NotificationsCoreModule],
  providers: [DossiersService, DossierNoticesService, DossiersLoaders, ...DOSSIERS_RESOLVERS, { provide: APP_FILTER, useClass: DossiersFilter }],
  exports: [DossiersService],
})
export class DossiersModule {}
