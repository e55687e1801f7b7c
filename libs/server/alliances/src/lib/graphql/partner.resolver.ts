import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentActor, type AuthenticatedActor, type GraphqlContext } from '@doorbraak/server-core';
import type { AllianceEntity, PartnerEntity, PersonEntity } from '@doorbraak/server-data';
import { AlliancesLoaders } from '../alliances.loaders';
import { AlliancesService } from '../alliances.service';
import { Alliance } from './alliance.model';
import { Partner } from './partner.model';
import { Person } from './person.model';

@Resolver(() => Partner)
export class PartnerResolver {
  constructor(
    private readonly service: AlliancesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Query(() => [Partner])
  partners(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('allianceId', { type: () => ID }) allianceId: string,
  ): Promise<PartnerEntity[]> {
    return this.service.partnersOfAlliance(actor, allianceId);
  }

  @ResolveField(() => Alliance)
  async alliance(@Parent() partner: PartnerEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    return this.loaders.alliance(context).load(partner.allianceId);
  }

  @ResolveField(() => [Person])
  representatives(@Parent() partner: PartnerEntity, @Context() context: GraphqlContext): Promise<PersonEntity[]> {
    return this.loaders.representativesOfPartner(context).load(partner.id);
  }
}
