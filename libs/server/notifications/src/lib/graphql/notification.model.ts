import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationDelivery, NotificationKind } from '@doorbraak/domain';
import { NotificationDeliveryEnum, NotificationKindEnum } from './enums';

@ObjectType({ description: 'Something a person must see' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field({ description: 'In Dutch' })
  message: string;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => ID, { nullable: true })
  vastloperId: string | null;

  @Field(() => ID, { nullable: true })
  doorbraakId: string | null;

  @Field(() => ID, { nullable: true })
  actionItemId: string | null;

  link: string | null;
}

@ObjectType({ description: "A person's choice for one kind of notification" })
export class NotificationPreference {
  @Field(() => NotificationKindEnum)
  kind: NotificationKind;

  @Field(() => NotificationDeliveryEnum)
  delivery: NotificationDelivery;
}
