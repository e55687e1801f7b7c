import { Module } from '@nestjs/common';
import { EmailDeliveryService } from './jobs/email-delivery.service';
import { NotificationsSchedulerService } from './jobs/notifications-scheduler.service';
import { NotificationsProcessor } from './jobs/notifications.processor';
import { MailerService } from './mail/mailer.service';
import { NotificationsCoreModule } from './notifications-core.module';

// The worker's side: e-mail at once, the dispatcher's sweep and the daily digest.
@Module({
  imports: [NotificationsCoreModule],
  providers: [MailerService, EmailDeliveryService, NotificationsProcessor, NotificationsSchedulerService],
  exports: [NotificationsCoreModule],
})
export class NotificationsJobsModule {}
