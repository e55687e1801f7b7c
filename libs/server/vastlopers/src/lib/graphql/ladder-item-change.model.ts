import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { EscalationRung } from '@doorbraak/domain';
import { EscalationRungEnum, ItemKindEnum } from '@doorbraak/server-escalation';
import { LadderItem, type LadderItemEntity } from './ladder-item.union';

@ObjectType({ description: 'A vastloper or doorbraak that moved on the ladder or changed status' })
export class LadderItemChange {
  @Field(() => ItemKindEnum)
  itemType: 'VASTLOPER' | 'DOORBRAAK';

  @Field(() => ID)
  itemId: string;

  @Field(() => ID, { description: 'The alliance that leads the item' })
  allianceId: string;

  @Field(() => EscalationRungEnum, { nullable: true, description: 'Null for a doorbraak that was not running' })
  fromRung: EscalationRung | null;

  @Field(() => EscalationRungEnum, { nullable: true, description: 'Null for a doorbraak that stopped running' })
  toRung: EscalationRung | null;

  @Field(() => Date)
  at: Date;

  @Field(() => LadderItem, { description: 'The item as it is now' })
  item: LadderItemEntity;
}
