import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '@doorbraak/server-core';
import type {
  AllianceEntity,
  FocusAreaEntity,
  PartnerEntity,
  PersonEntity,
  RijksvertegenwoordigerEntity,
} from '@doorbraak/server-data';
import { AlliancesLoaders } from '../alliances.loaders';
import { AlliancesService } from '../alliances.service';
import { Alliance } from './alliance.model';
import { FocusArea } from './focus-area.model';
import { Partner } from './partner.model';
import { Person } from './person.model';
import { Rijksvertegenwoordiger } from './rijksvertegenwoordiger.model';

@Resolver(() => Alliance)
export class AllianceResolver {
  constructor(
    private readonly service: AlliancesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Query(() => [Alliance])
  alliances(): Promise<AllianceEntity[]> {
    return this.service.listAlliances();
  }

  @Query(() => Alliance)
  alliance(@Args('id', { type: () => ID }) id: string): Promise<AllianceEntity> {
    return this.service.allianceById(id);
  }

  @ResolveField(() => FocusArea)
  async focusArea(@Parent() alliance: AllianceEntity, @Context() context: GraphqlContext): Promise<FocusAreaEntity | null> {
    return this.loaders.focusArea(context).load(alliance.focusAreaId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The mayor, who chairs the alliance' })
  async chair(@Parent() alliance: AllianceEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return alliance.chairId ? this.loaders.person(context).load(alliance.chairId) : null;
  }

  @ResolveField(() => [Partner])
  partners(@Parent() alliance: AllianceEntity, @Context() context: GraphqlContext): Promise<PartnerEntity[]> {
    return this.loaders.partnersOfAlliance(context).load(alliance.id);
  }

  @ResolveField(() => [Rijksvertegenwoordiger])
  rijksvertegenwoordigers(
    @Parent() alliance: AllianceEntity,
    @Context() context: GraphqlContext,
  ): Promise<RijksvertegenwoordigerEntity[]> {
    return this.loaders.rijksvertegenwoordigersOfAlliance(context).load(alliance.id);
  }
}
