import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartnerType } from '@doorbraak/domain';
import { PartnerTypeEnum } from './enums';

@ObjectType({ description: 'An organisation at the alliance table' })
export class Partner {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => PartnerTypeEnum)
  type: PartnerType;

  allianceId: string;
}
