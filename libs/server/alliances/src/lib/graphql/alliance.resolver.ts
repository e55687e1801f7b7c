import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { can } from '@doorbraak/domain';
import {
  CurrentActor,
  forbidden,
  OptionalActor,
  unauthenticated,
  type AuthenticatedActor,
  type GraphqlContext,
} from '@doorbraak/server-core';
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
import { AlliancePermissions } from './alliance-permissions.model';
import { FocusArea } from './focus-area.model';
import { Partner } from './partner.model';
import { Person } from './person.model';
import { Rijksvertegenwoordiger } from './rijksvertegenwoordiger.model';

// An alliance's name is public (the focus-area list shows it); who sits at its table is not.
const assertMayRead = (actor: AuthenticatedActor | null, alliance: AllianceEntity): void => {
  if (!actor) {
    throw unauthenticated();
  }
  if (!can(actor, 'alliance.read', { allianceId: alliance.id })) {
    throw forbidden(`You may not see who works in ${alliance.name}.`);
  }
};

@Resolver(() => Alliance)
export class AllianceResolver {
  constructor(
    private readonly service: AlliancesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Query(() => [Alliance], { description: 'The alliances the caller may read' })
  alliances(@CurrentActor() actor: AuthenticatedActor): Promise<AllianceEntity[]> {
    return this.service.listAlliances(actor);
  }

  @Query(() => Alliance)
  alliance(@CurrentActor() actor: AuthenticatedActor, @Args('id', { type: () => ID }) id: string): Promise<AllianceEntity> {
    return this.service.allianceById(actor, id);
  }

  @ResolveField(() => AlliancePermissions, { description: 'So a client offers only what the caller may do; nothing when signed out' })
  viewerCan(@Parent() alliance: AllianceEntity, @OptionalActor() actor: AuthenticatedActor | null): AlliancePermissions {
    const scope = { allianceId: alliance.id };
    return {
      createItem: actor !== null && can(actor, 'item.create', scope),
      manageLadder: actor !== null && can(actor, 'ladder.manage', scope),
    };
  }

  @ResolveField(() => FocusArea)
  async focusArea(@Parent() alliance: AllianceEntity, @Context() context: GraphqlContext): Promise<FocusAreaEntity | null> {
    return this.loaders.focusArea(context).load(alliance.focusAreaId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'The mayor, who chairs the alliance' })
  async chair(
    @Parent() alliance: AllianceEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<PersonEntity | null> {
    assertMayRead(actor, alliance);
    return alliance.chairId ? this.loaders.person(context).load(alliance.chairId) : null;
  }

  @ResolveField(() => [Partner])
  partners(
    @Parent() alliance: AllianceEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<PartnerEntity[]> {
    assertMayRead(actor, alliance);
    return this.loaders.partnersOfAlliance(context).load(alliance.id);
  }

  @ResolveField(() => [Rijksvertegenwoordiger])
  rijksvertegenwoordigers(
    @Parent() alliance: AllianceEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<RijksvertegenwoordigerEntity[]> {
    assertMayRead(actor, alliance);
    return this.loaders.rijksvertegenwoordigersOfAlliance(context).load(alliance.id);
  }
}
