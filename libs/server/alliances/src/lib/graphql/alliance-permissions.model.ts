import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What the caller may do in this alliance, by the role policy' })
export class AlliancePermissions {
  @Field({ description: 'Log a vastloper or start a doorbraak' })
  createItem: boolean;

  @Field({ description: "Change the alliance's stall times (updateEscalationLadder)" })
  manageLadder: boolean;
}
