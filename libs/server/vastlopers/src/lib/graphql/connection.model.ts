import { Field, ObjectType } from '@nestjs/graphql';
import type { Page } from '../item-access';
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

// A page from the keyset query as a GraphQL connection; the cursor is the last edge's. `totalCount` stays a
// function, called only when the query selects the field.
export const toConnection = <T>(page: Page<T>): { edges: { cursor: string; node: T }[]; totalCount: () => Promise<number>; pageInfo: ItemPageInfo } => ({
  edges: [...page.rows],
  totalCount: page.totalCount,
  pageInfo: { endCursor: page.rows.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage },
});
