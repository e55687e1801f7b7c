import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { VastloperCategory } from '@doorbraak/domain';
import type { VastloperEntity } from '@doorbraak/server-data';
import { Vastloper, VastloperCategoryEnum } from '@doorbraak/server-vastlopers';
import { TRIAGE_WEEKS } from '../triage/similarity-triage.service';

@InputType({ description: 'Which new vastlopers the triage lists' })
export class SimilarityTriageFilter {
  @Field(() => Int, {
    nullable: true,
    description: `Logged in the last this many weeks (${TRIAGE_WEEKS.min}..${TRIAGE_WEEKS.max}, default ${TRIAGE_WEEKS.default})`,
  })
  weeks?: number | null;

  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

  @Field(() => VastloperCategoryEnum, { nullable: true })
  category?: VastloperCategory | null;
}

@ObjectType({ description: 'A match between two vastlopers as people judged it: dismissed ("niet vergelijkbaar") or not' })
export class SimilarMatchJudgement {
  @Field(() => Vastloper, { description: 'The item the match was judged from' })
  vastloper: VastloperEntity;

  @Field(() => Vastloper)
  similar: VastloperEntity;

  @Field()
  dismissed: boolean;

  @Field(() => Date, { nullable: true })
  dismissedAt: Date | null;
}
