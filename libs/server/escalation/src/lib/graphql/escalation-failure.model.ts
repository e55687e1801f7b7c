import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EscalationRung, LadderKind } from '@doorbraak/domain';
import { EscalationRungEnum, LadderKindEnum } from './enums';

@ObjectType({ description: 'An escalation job that failed for good and waits in the failed set for an administrator' })
export class EscalationFailure {
  @Field(() => ID)
  jobId: string;

  @Field()
  jobName: string;

  @Field(() => LadderKindEnum, { nullable: true })
  itemType: LadderKind | null;

  @Field(() => ID, { nullable: true })
  itemId: string | null;

  @Field(() => EscalationRungEnum, { nullable: true })
  fromRung: EscalationRung | null;

  @Field(() => Int, { nullable: true })
  period: number | null;

  @Field()
  failedReason: string;

  @Field(() => Int)
  attemptsMade: number;

  @Field(() => Date, { nullable: true })
  failedAt: Date | null;
}
