import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DecisionOutcome } from '@doorbraak/domain';
import { DecisionOutcomeEnum } from './enums';

@ObjectType({ description: 'A besluit; together they form the decision register' })
export class Decision {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field()
  text: string;

  @Field(() => DecisionOutcomeEnum, { nullable: true })
  outcome: DecisionOutcome | null;

  @Field(() => String, { nullable: true, description: 'ISO date on which the decision comes back on an agenda' })
  reviewDate: string | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item that put it back on an agenda for review' })
  reviewAgendaItemId: string | null;

  @Field(() => ID, { nullable: true })
  vastloperId: string | null;

  @Field(() => ID, { nullable: true })
  doorbraakId: string | null;

  @Field(() => Date)
  createdAt: Date;

  recordedById: string | null;
}
