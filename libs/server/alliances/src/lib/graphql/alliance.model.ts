import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The long-term local collaboration (alliantie, pact) of one focus area' })
export class Alliance {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'How the programme describes itself' })
  programmeDescription: string | null;

  @Field(() => String, { nullable: true })
  programmeBureau: string | null;

  @Field(() => String, { nullable: true })
  meetingCadence: string | null;

  @Field(() => Int, { nullable: true })
  meetingCadenceWeeks: number | null;

  @Field(() => Int)
  horizonStartYear: number;

  @Field(() => Int, { nullable: true })
  horizonEndYear: number | null;

  focusAreaId: string;
  chairId: string | null;
}
