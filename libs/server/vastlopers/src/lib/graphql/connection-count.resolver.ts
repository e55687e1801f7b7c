import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DoorbraakConnection, VastloperConnection } from './connection.model';

// A list's total is counted only when a query asks for it: over a large alliance, the count costs more than
// the page itself.
@Resolver(() => VastloperConnection)
export class VastloperConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: VastloperConnection): Promise<number> {
    return connection.totalCount();
  }
}

@Resolver(() => DoorbraakConnection)
export class DoorbraakConnectionResolver {
  @ResolveField(() => Int)
  totalCount(@Parent() connection: DoorbraakConnection): Promise<number> {
    return connection.totalCount();
  }
}
