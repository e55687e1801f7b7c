import { Module } from '@nestjs/common';
import { DashboardsService } from './dashboards.service';
import { DashboardsResolver } from './graphql/dashboards.resolver';

export const DASHBOARDS_RESOLVERS = [DashboardsResolver];

@Module({ providers: [DashboardsService, ...DASHBOARDS_RESOLVERS] })
export class DashboardsModule {}
