import type { DynamicModule } from '@nestjs/common';
import { EscalationPortsModule } from '@doorbraak/server-escalation';
import { EscalationAgendaService, MeetingsCoreModule } from '@doorbraak/server-meetings';
import { NotificationsCoreModule, NotificationsService } from '@doorbraak/server-notifications';

// The ladder places items on agendas through meetings and tells people through notifications (ARCHITECTURE.md).
export const escalationPorts = (): DynamicModule =>
  EscalationPortsModule.bind({ imports: [MeetingsCoreModule, NotificationsCoreModule], agenda: EscalationAgendaService, notifier: NotificationsService });
