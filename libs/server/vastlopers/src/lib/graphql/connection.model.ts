import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Doorbraak } from './doorbraak.model';
import { Vastloper } from './vastloper.model';

@ObjectType()
export class ItemPageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

@ObjectType()
export class VastloperEdge {
  @Field()
  cursor: string;

  @Field(() => Vastloper)
  node: Vastloper;
}

@ObjectType()
export class VastloperConnection {
  @Field(() => [VastloperEdge])
  edges: VastloperEdge[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => ItemPageInfo)
  pageInfo: ItemPageInfo;
}

@ObjectType()
export class DoorbraakEdge {
  @Field()
  cursor: string;

  @Field(() => Doorbraak)
  node: Doorbraak;
}

@ObjectType()
export class DoorbraakConnection {
  @Field(() => [DoorbraakEdge])
  edges: DoorbraakEdge[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => ItemPageInfo)
  pageInfo: ItemPageInfo;
}
