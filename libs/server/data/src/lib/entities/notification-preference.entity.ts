import { Check, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from '@doorbraak/domain';
import { enumCheck, EnumColumn } from './column-helpers';
import { PersonEntity } from './person.entity';

// How one person wants to hear about one kind of notification; without a row the default applies.
@Entity({ name: 'notification_preference' })
@Check('CHK_notification_preference_kind', enumCheck('kind', NOTIFICATION_KINDS))
@Check('CHK_notification_preference_delivery', enumCheck('delivery', NOTIFICATION_DELIVERIES))
export class NotificationPreferenceEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: PersonEntity;

  @PrimaryColumn({ type: 'text' })
  kind: NotificationKind;

  @EnumColumn()
  delivery: NotificationDelivery;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
