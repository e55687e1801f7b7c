import type { Type } from '@nestjs/common';
import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { Person } from '@doorbraak/server-alliances';
import { isPageSize, selectedFieldArguments, TextArg, toConnection, type ConnectionOf, type GraphqlContext } from '@doorbraak/server-core';
import type { EscalationEventEntity, PersonEntity, ProgressUpdateEntity } from '@doorbraak/server-data';
import { ITEM_PAGES, type ItemPages, type VastlopersLoaders } from '../vastlopers.loaders';
import { AgendaAppearanceConnection, EscalationEventConnection, ProgressUpdateConnection } from './connection.model';
import { type AgendaAppearance, EscalationEvent } from './timeline.model';

type ItemRow = { id: string; ownerId: string };

// The fields a vastloper and a doorbraak resolve alike, through the same loaders keyed by the item's column
// (its owner, progress, timeline and agenda appearances); each item's resolver extends this one.
export const LadderItemFieldsResolver = (model: Type<unknown>, column: 'vastloper_id' | 'doorbraak_id') => {
  @Resolver(() => model, { isAbstract: true })
  abstract class LadderItemFields {
    protected abstract readonly loaders: VastlopersLoaders;

    // The first pages of its lists a detail asks for (its timeline, say), to read in the item's statement (where
    // the item is `itemAlias`) and give to their fields' loaders. A later page, or a list asked for twice with
    // different arguments, reads on its own.
    protected firstPages(info: GraphQLResolveInfo, context: GraphqlContext, itemAlias: string): ItemPages {
      return ITEM_PAGES.flatMap((page) => {
        const args = selectedFieldArguments(info, page);
        if (!args || args['after'] != null || !isPageSize(args['first'])) return [];
        const first = args['first'];
        return [
          {
            sql: this.loaders.pageJsonSql(page, column, first, `${itemAlias}.id`),
            read: (rows: readonly Record<string, unknown>[], itemId: string) => this.loaders.primePage(context, page, column, first, itemId, rows),
          },
        ];
      });
    }

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
