import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Page } from './keyset-page';

@ObjectType()
export class ItemPageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field()
  hasNextPage: boolean;
}

// A connection as the resolvers hand it over: `totalCount` stays a function, called only when the query
// selects the field.
export type ConnectionOf<T> = { edges: { cursor: string; node: T }[]; totalCount: () => Promise<number>; pageInfo: ItemPageInfo };

// A page from the keyset query as a GraphQL connection; the cursor is the last edge's.
export const toConnection = <T>(page: Page<T>): ConnectionOf<T> => ({
  edges: [...page.rows],
  totalCount: page.totalCount,
  pageInfo: { endCursor: page.rows.at(-1)?.cursor ?? null, hasNextPage: page.hasNextPage },
});

// The `<Name>Connection` and `<Name>Edge` object types of a paged list of `node`, and the resolver that counts
// the whole list only when a query asks for `totalCount` (register it with the feature's resolvers).
export const connectionTypes = <T>(node: Type<T>, name: string) => {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge])
    edges: Edge[];

    totalCount: () => Promise<number>;

    @Field(() => ItemPageInfo)
    pageInfo: ItemPageInfo;
  }

  @Resolver(() => Connection)
  class ConnectionCountResolver {
    @ResolveField(() => Int)
    totalCount(@Parent() connection: Connection): Promise<number> {
      return connection.totalCount();
    }
  }

  return { Connection, ConnectionCountResolver };
};
