import { registerEnumType } from '@nestjs/graphql';
import { enumObject, NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from '@doorbraak/domain';

export const NotificationKindEnum = enumObject(NOTIFICATION_KINDS);
export const NotificationDeliveryEnum = enumObject(NOTIFICATION_DELIVERIES);

registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'How a person hears about a kind of notification: at once by e-mail, in a daily digest, or only in the app',
});
