import { Module } from '@nestjs/common';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { NotificationsCoreModule } from './notifications-core.module';

export const NOTIFICATIONS_RESOLVERS = [NotificationsResolver];

// The API's side: a person's notifications and preferences.
@Module({
  imports: [NotificationsCoreModule],
  providers: [...NOTIFICATIONS_RESOLVERS],
  exports: [NotificationsCoreModule],
})
export class NotificationsModule {}
