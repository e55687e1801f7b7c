import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@doorbraak/server-audit';
import { EscalationModule } from '@doorbraak/server-escalation';
import { LiveEventsModule } from '@doorbraak/server-live';
import { AnswerTimeService } from './answer-time.service';
import { DoorbrakenService } from './doorbraken.service';
import { DoorbraakConnectionResolver, VastloperConnectionResolver } from './graphql/connection-count.resolver';
import {
  AgendaAppearanceConnectionResolver,
  EscalationEventConnectionResolver,
  ProgressUpdateConnectionResolver,
} from './graphql/connection.model';
import { AnswerTimeResolver } from './graphql/answer-time.resolver';
import { DoorbraakResolver } from './graphql/doorbraak.resolver';
import { LadderLiveResolver } from './graphql/ladder-live.resolver';
import { LadderOverviewResolver } from './graphql/ladder-overview.resolver';
import { EscalationEventResolver, LadderCommandsResolver } from './graphql/ladder.resolver';
import { VastloperResolver } from './graphql/vastloper.resolver';
import { DoorbraakPermissionsResolver, VastloperPermissionsResolver } from './graphql/viewer-can.resolver';
import { LadderCommandsService } from './ladder-commands.service';
import { LadderOverviewService } from './ladder-overview.service';
import { LadderSettingsService } from './ladder-settings.service';
import { VastlopersFilter } from './vastlopers.filter';
import { VastlopersLoaders } from './vastlopers.loaders';
import { VastlopersService } from './vastlopers.service';

export const VASTLOPERS_RESOLVERS = [
  VastloperResolver,
  DoorbraakResolver,
  LadderCommandsResolver,
  EscalationEventResolver,
  VastloperPermissionsResolver,
  DoorbraakPermissionsResolver,
  LadderLiveResolver,
  LadderOverviewResolver,
  VastloperConnectionResolver,
  DoorbraakConnectionResolver,
  EscalationEventConnectionResolver,
  ProgressUpdateConnectionResolver,
  AgendaAppearanceConnectionResolver,
  AnswerTimeResolver,
];

@Module({
  imports: [AuditModule, EscalationModule, LiveEventsModule],
  providers: [
    VastlopersService,
    DoorbrakenService,
    LadderCommandsService,
    LadderSettingsService,
    LadderOverviewService,
    AnswerTimeService,
    VastlopersLoaders,
    ...VASTLOPERS_RESOLVERS,
    { provide: APP_FILTER, useClass: VastlopersFilter },
  ],
  exports: [VastlopersService],
})
export class VastlopersModule {}
