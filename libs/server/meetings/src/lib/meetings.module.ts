import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuditModule } from '@doorbraak/server-audit';
import { EscalationModule } from '@doorbraak/server-escalation';
import { LiveEventsModule } from '@doorbraak/server-live';
import { MeetingAccessService } from './access/meeting-access.service';
import { ActionItemsService } from './action-items/action-items.service';
import { AgendaService } from './agenda/agenda.service';
import { BriefingController } from './briefing/briefing.controller';
import { BriefingResolver } from './briefing/briefing.resolver';
import { BriefingService } from './briefing/briefing.service';
import { PdfRendererService } from './briefing/pdf-renderer.service';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarResolver } from './calendar/calendar.resolver';
import { CalendarService } from './calendar/calendar.service';
import { ActionItemProgressReportResolver, ActionItemResolver } from './graphql/action-item.resolver';
import { AgendaItemResolver } from './graphql/agenda-item.resolver';
import { AgendaLiveResolver } from './graphql/agenda-live.resolver';
import { ActionItemConnectionResolver, DecisionConnectionResolver, MeetingConnectionResolver } from './graphql/connections';
import { DecisionResolver } from './graphql/decision.resolver';
import { MeetingItemRefResolver } from './graphql/meeting-item-ref.resolver';
import { AgendaAmendmentResolver, MeetingAttendeeResolver, MeetingResolver, MeetingSeriesResolver } from './graphql/meeting.resolver';
import { MeetingsCoreModule } from './meetings-core.module';
import { MeetingsFilter } from './meetings.filter';
import { MeetingsLoaders } from './meetings.loaders';
import { MeetingsService } from './meetings.service';
import { DecisionsService } from './minutes/decisions.service';
import { MinutesService } from './minutes/minutes.service';
import { UnitOfWork } from './unit-of-work.service';

export const MEETINGS_RESOLVERS = [
  MeetingResolver,
  MeetingConnectionResolver,
  ActionItemConnectionResolver,
  DecisionConnectionResolver,
  MeetingSeriesResolver,
  MeetingAttendeeResolver,
  AgendaAmendmentResolver,
  AgendaItemResolver,
  DecisionResolver,
  ActionItemResolver,
  ActionItemProgressReportResolver,
  BriefingResolver,
  CalendarResolver,
  AgendaLiveResolver,
  MeetingItemRefResolver,
];

// The API's side of the meeting cycle: meetings, agendas, minutes, decisions, action items.
@Module({
  imports: [AuditModule, EscalationModule, MeetingsCoreModule, LiveEventsModule],
  controllers: [BriefingController, CalendarController],
  providers: [
    UnitOfWork,
    MeetingAccessService,
    MeetingsService,
    AgendaService,
    MinutesService,
    DecisionsService,
    ActionItemsService,
    BriefingService,
    PdfRendererService,
    CalendarService,
    MeetingsLoaders,
    ...MEETINGS_RESOLVERS,
    { provide: APP_FILTER, useClass: MeetingsFilter },
  ],
})
export class MeetingsModule {}
