import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Actielijn, DoorbraakKind, DoorbraakStatus, EscalationRung } from '@doorbraak/domain';
import { EscalationRungEnum } from '@doorbraak/server-escalation';
import { ActielijnEnum, DoorbraakKindEnum, DoorbraakStatusEnum } from './enums';

@ObjectType({ description: 'A breakthrough: an initiative that forces one, or the breakthrough achieved' })
export class Doorbraak {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => DoorbraakKindEnum)
  kind: DoorbraakKind;

  @Field(() => DoorbraakStatusEnum)
  status: DoorbraakStatus;

  @Field(() => ActielijnEnum, { nullable: true })
  actielijn: Actielijn | null;

  @Field(() => String, { nullable: true, description: 'Figures such as "55 jongeren geplaatst"' })
  impact: string | null;

  @Field(() => EscalationRungEnum, { nullable: true, description: 'The rung while LOPEND' })
  rung: EscalationRung | null;

  @Field(() => Date, { nullable: true })
  rungEnteredAt: Date | null;

  @Field(() => Date)
  lastProgressAt: Date;

  @Field(() => Date, { nullable: true })
  nextEscalationAt: Date | null;

  @Field(() => Date, { nullable: true })
  earlyWarningAt: Date | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  overdueAt: Date | null;

  @Field(() => Date, { nullable: true })
  achievedAt: Date | null;

  @Field(() => EscalationRungEnum, { nullable: true })
  achievedAtRung: EscalationRung | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  allianceId: string;
  ownerId: string;
}
