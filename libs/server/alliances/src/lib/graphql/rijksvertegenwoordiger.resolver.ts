import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@doorbraak/server-core';
import type { AllianceEntity, PersonEntity, RijksvertegenwoordigerEntity } from '@doorbraak/server-data';
import { AlliancesLoaders } from '../alliances.loaders';
import { AlliancesService } from '../alliances.service';
import { Alliance } from './alliance.model';
import { Person } from './person.model';
import { Rijksvertegenwoordiger } from './rijksvertegenwoordiger.model';

@Resolver(() => Rijksvertegenwoordiger)
export class RijksvertegenwoordigerResolver {
  constructor(
    private readonly service: AlliancesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Query(() => [Rijksvertegenwoordiger])
  rijksvertegenwoordigers(): Promise<RijksvertegenwoordigerEntity[]> {
    return this.service.listRijksvertegenwoordigers();
  }

  @ResolveField(() => Person)
  async person(@Parent() rv: RijksvertegenwoordigerEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(rv.personId);
  }

  @ResolveField(() => [Alliance])
  alliances(@Parent() rv: RijksvertegenwoordigerEntity, @Context() context: GraphqlContext): Promise<AllianceEntity[]> {
    return this.loaders.alliancesOfRijksvertegenwoordiger(context).load(rv.id);
  }
}
