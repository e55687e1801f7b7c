import { Module } from '@nestjs/common';
import { AuditModule } from '@doorbraak/server-audit';
import { LiveEventsModule } from '@doorbraak/server-live';
import { NotificationConnectionResolver, NotificationsResolver } from './graphql/notifications.resolver';
import { NotificationInboxService } from './notification-inbox.service';
import { NotificationsCoreModule } from './notifications-core.module';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver, NotificationConnectionResolver];

// The API's side: a person's notifications and preferences.
@Module({
  imports: [AuditModule, NotificationsCoreModule, LiveEventsModule],
  providers: [NotificationInboxService, ...NOTIFICATIONS_RESOLVERS],
  exports: [NotificationsCoreModule],
})
export class NotificationsModule {}
