import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { alliancesWhere } from '@doorbraak/domain';
import { CurrentActor, OptionalActor, type AuthenticatedActor, type GraphqlContext } from '@doorbraak/server-core';
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
  rijksvertegenwoordigers(@CurrentActor() actor: AuthenticatedActor): Promise<RijksvertegenwoordigerEntity[]> {
    return this.service.listRijksvertegenwoordigers(actor);
  }

  @ResolveField(() => Person)
  async person(@Parent() rv: RijksvertegenwoordigerEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(rv.personId);
  }

  @ResolveField(() => [Alliance], { description: 'The alliances they serve that the caller may read' })
  async alliances(
    @Parent() rv: RijksvertegenwoordigerEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<AllianceEntity[]> {
    const visible = actor ? alliancesWhere(actor, 'alliance.read') : [];
    const alliances = await this.loaders.alliancesOfRijksvertegenwoordiger(context).load(rv.id);
    return visible === 'ALL' ? alliances : alliances.filter((alliance) => visible.includes(alliance.id));
  }
}
