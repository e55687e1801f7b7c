import { Field, ObjectType } from '@nestjs/graphql';
import { ItemPageInfo } from '@doorbraak/server-core';
import { Doorbraak } from './doorbraak.model';
import { Vastloper } from './vastloper.model';

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

  // Counted on demand, by ConnectionCountResolver.
  totalCount: () => Promise<number>;

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

  // Counted on demand, by ConnectionCountResolver.
  totalCount: () => Promise<number>;

  @Field(() => ItemPageInfo)
  pageInfo: ItemPageInfo;
}
