import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Someone who works in or with an alliance' })
export class Person {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  organisation: string | null;

  @Field(() => String, { nullable: true })
  jobTitle: string | null;
}
