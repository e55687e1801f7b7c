import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Actielijn, EscalationRung, Ministry, Remedy, VastloperCategory, VastloperStatus } from '@doorbraak/domain';
import { MinistryEnum } from '@doorbraak/server-alliances';
import { EscalationRungEnum } from '@doorbraak/server-escalation';
import { ActielijnEnum, RemedyEnum, VastloperCategoryEnum, VastloperStatusEnum } from './enums';

@ObjectType({ description: 'Something stuck that the area cannot solve alone (knelpunt): a typed blocker on the escalation ladder' })
export class Vastloper {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => VastloperCategoryEnum)
  category: VastloperCategory;

  @Field(() => ActielijnEnum)
  actielijn: Actielijn;

  @Field(() => VastloperStatusEnum)
  status: VastloperStatus;

  @Field(() => EscalationRungEnum)
  rung: EscalationRung;

  @Field(() => MinistryEnum, { nullable: true, description: 'The ministry that owns the rule or money that blocks' })
  owningMinistry: Ministry | null;

  @Field(() => String, { nullable: true, description: 'Where a rule blocks: law and article, e.g. "Participatiewet art. 31"' })
  legalReference: string | null;

  @Field(() => RemedyEnum, { nullable: true, description: 'The remedy asked for' })
  remedy: Remedy | null;

  @Field()
  confidential: boolean;

  @Field(() => Date)
  rungEnteredAt: Date;

  @Field(() => Date, { description: 'The last real progress: a note, an acknowledgement, a status change or a decision' })
  lastProgressAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it stalls at its rung without progress' })
  nextEscalationAt: Date | null;

  @Field(() => Date, { nullable: true })
  earlyWarningAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the holder of the current rung took it in hand' })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it stalled at the top rung' })
  overdueAt: Date | null;

  @Field(() => Date, { nullable: true })
  parkedUntil: Date | null;

  @Field(() => String, { nullable: true })
  parkReason: string | null;

  @Field(() => String, { nullable: true })
  resolution: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => EscalationRungEnum, { nullable: true })
  resolvedAtRung: EscalationRung | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  allianceId: string;
  ownerId: string;
  reporterId: string;
  resolvedByDoorbraakId: string | null;
}
