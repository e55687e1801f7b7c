import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { VastloperEntity } from '@doorbraak/server-data';
import { Vastloper } from '@doorbraak/server-vastlopers';
import { SIMILARITY_REASON_KINDS, type SimilarityReasonKind } from '../similarity-reasons';

export const SimilarityReasonKindEnum = Object.fromEntries(SIMILARITY_REASON_KINDS.map((kind) => [kind, kind])) as {
  [K in SimilarityReasonKind]: K;
};
registerEnumType(SimilarityReasonKindEnum, {
  name: 'SimilarityReasonKind',
  description: 'What two similar vastlopers have in common',
});

@ObjectType({ description: 'One reason why two vastlopers match' })
export class SimilarityReason {
  @Field(() => SimilarityReasonKindEnum)
  kind: SimilarityReasonKind;

  @Field({ description: 'The reason in Dutch, e.g. "Zelfde wet: Participatiewet"' })
  label: string;

  @Field(() => [String], {
    description:
      'SAME_LAW: the law; SHARED_CONCEPT: the concept and its wording in this item and in the similar one; SHARED_TERMS: the words; SAME_MINISTRY, SAME_CATEGORY, SAME_REMEDY, SAME_ACTIELIJN: the enum value',
  })
  values: string[];
}

@ObjectType({ description: 'A vastloper of another alliance that looks like this one, with why' })
export class SimilarVastloper {
  @Field(() => Vastloper)
  vastloper: VastloperEntity;

  @Field(() => Float, { description: 'How alike, from 0 to 1' })
  score: number;

  @Field(() => [SimilarityReason], { description: 'Strongest first within each kind: the same law, shared concepts, shared words, the same ministry, ...' })
  reasons: SimilarityReason[];
}
