import { Module } from '@nestjs/common';
import { DossiersModule } from '@doorbraak/server-dossiers';
import { VastlopersModule } from '@doorbraak/server-vastlopers';
import { DashboardsService } from './dashboards.service';
import { ExportsController } from './exports/exports.controller';
import { ExportsService } from './exports/exports.service';
import { DashboardsResolver, NationalDashboardResolver } from './graphql/dashboards.resolver';

export const DASHBOARDS_RESOLVERS = [DashboardsResolver, NationalDashboardResolver];

@Module({
  imports: [VastlopersModule, DossiersModule],
  controllers: [ExportsController],
  providers: [DashboardsService, ExportsService, ...DASHBOARDS_RESOLVERS],
})
export class DashboardsModule {}
