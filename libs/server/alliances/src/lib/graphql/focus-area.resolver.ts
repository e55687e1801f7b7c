import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { Public, TextArg, type GraphqlContext } from '@doorbraak/server-core';
import type { AllianceEntity, FocusAreaEntity } from '@doorbraak/server-data';
import { AlliancesLoaders } from '../alliances.loaders';
import { AlliancesService } from '../alliances.service';
import { Alliance } from './alliance.model';
import { FocusArea } from './focus-area.model';

// The focus areas and their alliances' names are public facts from the programme's booklet.
@Public()
@Resolver(() => FocusArea)
export class FocusAreaResolver {
  constructor(
    private readonly service: AlliancesService,
    private readonly loaders: AlliancesLoaders,
  ) {}

  @Query(() => [FocusArea], { description: 'The 20 focus areas, in the programme’s order' })
  focusAreas(): Promise<FocusAreaEntity[]> {
    return this.service.listFocusAreas();
  }

  @Query(() => FocusArea)
  focusArea(@TextArg('slug', TEXT_RULES.identifier) slug: string): Promise<FocusAreaEntity> {
    return this.service.focusAreaBySlug(slug);
  }

  @ResolveField(() => Alliance, { nullable: true })
  alliance(@Parent() focusArea: FocusAreaEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    return this.loaders.allianceOfFocusArea(context).load(focusArea.id);
  }
}
