import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Ministry } from '@doorbraak/domain';
import { MinistryEnum } from './enums';

@ObjectType({ description: "A senior civil servant who is the alliance's line to The Hague" })
export class Rijksvertegenwoordiger {
  @Field(() => ID)
  id: string;

  @Field(() => MinistryEnum)
  ministry: Ministry;

  @Field(() => String, { nullable: true })
  position: string | null;

  personId: string;
}
