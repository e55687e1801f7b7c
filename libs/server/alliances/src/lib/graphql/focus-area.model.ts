import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class FocusAreaCharacteristics {
  @Field({ description: 'What stands out in the area' })
  opvallend: string;

  @Field()
  sociaaleconomisch: string;

  @Field()
  woningvoorraad: string;
}

@ObjectType({ description: 'One of the 20 urban focus areas (stedelijke focusgebieden)' })
export class FocusArea {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  municipality: string;

  @Field(() => Int)
  inhabitants: number;

  @Field(() => Int, { description: 'Number of neighbourhoods (wijken) in the area' })
  wijken: number;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => [String])
  ambitions: string[];

  @Field(() => FocusAreaCharacteristics)
  characteristics: FocusAreaCharacteristics;

  @Field(() => [String])
  indicators: string[];

}
