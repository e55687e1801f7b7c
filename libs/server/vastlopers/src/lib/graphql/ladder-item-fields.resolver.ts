import type { Type } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { Person } from '@doorbraak/server-alliances';
import { TextArg, toConnection, type ConnectionOf, type GraphqlContext } from '@doorbraak/server-core';
import type { EscalationEventEntity, PersonEntity, ProgressUpdateEntity } from '@doorbraak/server-data';
import type { VastlopersLoaders } from '../vastlopers.loaders';
import { AgendaAppearanceConnection, EscalationEventConnection, ProgressUpdateConnection } from './connection.model';
import { type AgendaAppearance, EscalationEvent } from './timeline.model';

type ItemRow = { id: string; ownerId: string };

// The fields a vastloper and a doorbraak resolve alike, through the same loaders keyed by the item's column
// (its owner, progress, timeline and agenda appearances); each item's resolver extends this one.
export const LadderItemFieldsResolver = (model: Type<unknown>, column: 'vastloper_id' | 'doorbraak_id') => {
  @Resolver(() => model, { isAbstract: true })
  abstract class LadderItemFields {
    protected abstract readonly loaders: VastlopersLoaders;

    @ResolveField(() => Person)
    owner(@Parent() row: ItemRow, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
      return this.loaders.person(context).load(row.ownerId);
    }

    @ResolveField(() => ProgressUpdateConnection, { description: 'Newest first, a page at a time' })
    async progressUpdates(
      @Parent() row: ItemRow,
      @Context() context: GraphqlContext,
      @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
      @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    ): Promise<ConnectionOf<ProgressUpdateEntity>> {
      return toConnection(await this.loaders.progressUpdates(context, column, first, after).load(row.id));
    }

    @ResolveField(() => EscalationEvent, { nullable: true, description: 'The newest entry of the timeline; null when it has none' })
    lastEscalation(@Parent() row: ItemRow, @Context() context: GraphqlContext): Promise<EscalationEventEntity | null> {
      return this.loaders.lastEscalation(context, column).load(row.id);
    }

    @ResolveField(() => EscalationEventConnection, { description: 'The escalation timeline, oldest first, a page at a time' })
    async timeline(
      @Parent() row: ItemRow,
      @Context() context: GraphqlContext,
      @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
      @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    ): Promise<ConnectionOf<EscalationEventEntity>> {
      return toConnection(await this.loaders.timeline(context, column, first, after).load(row.id));
    }

    @ResolveField(() => AgendaAppearanceConnection, { description: 'The meeting agenda items it appears on, by meeting date, a page at a time' })
    async agendaItems(
      @Parent() row: ItemRow,
      @Context() context: GraphqlContext,
      @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
      @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    ): Promise<ConnectionOf<AgendaAppearance>> {
      return toConnection(await this.loaders.agendaItems(context, column, first, after).load(row.id));
    }
  }
  return LadderItemFields;
};
