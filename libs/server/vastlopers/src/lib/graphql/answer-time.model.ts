import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MAX_ANSWER_WORKING_DAYS, type AnswerFlag, type EscalationRung } from '@doorbraak/domain';
import { AnswerFlagEnum, EscalationRungEnum } from '@doorbraak/server-escalation';

@ObjectType({ description: "What a ministry owes for a vastloper's latest stay at the ministry rungs (DOMAIN §5 AnswerClock)" })
export class AnswerTime {
  @Field(() => EscalationRungEnum, { description: 'The rung at which the item reached the ministry' })
  reachedRung: EscalationRung;

  @Field(() => Date)
  reachedMinistryAt: Date;

  @Field(() => Date)
  acknowledgeBy: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'What the ministry noted when acknowledging' })
  acknowledgeNote: string | null;

  @Field(() => Date)
  answerBy: Date;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => String, { nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true, description: 'When the missing acknowledgement was flagged and the next rung told' })
  acknowledgeFlaggedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the missing answer was flagged and the next rung told' })
  answerFlaggedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the item left the ministry rungs, or was resolved or withdrawn' })
  closedAt: Date | null;

  @Field(() => AnswerFlagEnum)
  flag: AnswerFlag;
}

@ObjectType({ description: 'How many working days a ministry has to acknowledge and to answer an item that reaches it' })
export class AnswerTimeSettings {
  @Field(() => Int)
  acknowledgeWorkingDays: number;

  @Field(() => Int, { description: 'Counted from reaching the ministry, like the acknowledgement' })
  answerWorkingDays: number;

  @Field({ description: 'True when the alliance has its own setting; always false for the national one' })
  overridden: boolean;
}

@InputType({ description: 'Working days for the ministry: whole numbers, the answer not before the acknowledgement' })
export class AnswerTimeSettingsInput {
  @Field(() => Int, { description: `1 to ${MAX_ANSWER_WORKING_DAYS}` })
  acknowledgeWorkingDays: number;

  @Field(() => Int, { description: `1 to ${MAX_ANSWER_WORKING_DAYS}, at least the acknowledge days` })
  answerWorkingDays: number;
}
