import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { Alliance, Person } from '@doorbraak/server-alliances';
import { CurrentActor, CurrentCaller, TextArg, toConnection, type AuthenticatedActor, type ConnectionOf, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import type {
  AllianceEntity,
  DoorbraakEntity,
  EscalationEventEntity,
  PersonEntity,
  ProgressUpdateEntity,
  VastloperEntity,
} from '@doorbraak/server-data';
import { DoorbrakenService } from '../doorbraken.service';
import { VastlopersLoaders } from '../vastlopers.loaders';
import { AgendaAppearanceConnection, DoorbraakConnection, EscalationEventConnection, ProgressUpdateConnection } from './connection.model';
import { Doorbraak } from './doorbraak.model';
import { CreateDoorbraakInput, DoorbraakFilter, UpdateDoorbraakInput } from './inputs';
import { type AgendaAppearance, EscalationEvent } from './timeline.model';
import { Vastloper } from './vastloper.model';

@Resolver(() => Doorbraak)
export class DoorbraakResolver {
  constructor(
    private readonly service: DoorbrakenService,
    private readonly loaders: VastlopersLoaders,
  ) {}

  @Query(() => DoorbraakConnection, { description: 'The doorbraken the caller may read, newest first' })
  async doorbraken(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
    @Args('filter', { type: () => DoorbraakFilter, nullable: true }) filter: DoorbraakFilter | null,
  ): Promise<DoorbraakConnection> {
    return toConnection(await this.service.list(actor, filter ?? {}, first, after, new Date())) as DoorbraakConnection;
  }

  @Query(() => Doorbraak)
  doorbraak(@CurrentActor() actor: AuthenticatedActor, @Args('id', { type: () => ID }) id: string): Promise<DoorbraakEntity> {
    return this.service.byId(actor, id);
  }

  @Mutation(() => Doorbraak)
  createDoorbraak(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateDoorbraakInput,
  ): Promise<DoorbraakEntity> {
    return this.service.create(caller, input);
  }

  @Mutation(() => Doorbraak)
  updateDoorbraak(
    @CurrentCaller() caller: Caller,
    @Args('input') input: UpdateDoorbraakInput,
  ): Promise<DoorbraakEntity> {
    return this.service.update(caller, input);
  }

  @ResolveField(() => Boolean, { description: 'Running and past its stall time, or flagged at the top' })
  stalled(@Parent() row: DoorbraakEntity): boolean {
    return row.status === 'LOPEND' && ((row.nextEscalationAt !== null && row.nextEscalationAt <= new Date()) || row.overdueAt !== null);
  }

  @ResolveField(() => Alliance, { description: 'The alliance that leads it' })
  alliance(@Parent() row: DoorbraakEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    return this.loaders.alliance(context).load(row.allianceId);
  }

  @ResolveField(() => [Alliance], { description: 'Other alliances that share it' })
  sharedWith(@Parent() row: DoorbraakEntity, @Context() context: GraphqlContext): Promise<AllianceEntity[]> {
    return this.loaders.sharedAlliances(context).load(row.id);
  }

  @ResolveField(() => Person)
  owner(@Parent() row: DoorbraakEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> {
    return this.loaders.person(context).load(row.ownerId);
  }

  @ResolveField(() => ProgressUpdateConnection, { description: 'Newest first, a page at a time' })
  async progressUpdates(
    @Parent() row: DoorbraakEntity,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<ProgressUpdateEntity>> {
    return toConnection(await this.loaders.progressUpdates(context, 'doorbraak_id', first, after).load(row.id));
  }

  @ResolveField(() => EscalationEvent, { nullable: true, description: 'The newest entry of the timeline; null when it has none' })
  lastEscalation(@Parent() row: DoorbraakEntity, @Context() context: GraphqlContext): Promise<EscalationEventEntity | null> {
    return this.loaders.lastEscalation(context, 'doorbraak_id').load(row.id);
  }

  @ResolveField(() => EscalationEventConnection, { description: 'The escalation timeline, oldest first, a page at a time' })
  async timeline(
    @Parent() row: DoorbraakEntity,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<EscalationEventEntity>> {
    return toConnection(await this.loaders.timeline(context, 'doorbraak_id', first, after).load(row.id));
  }

  @ResolveField(() => [Vastloper], { description: 'The vastlopers it works on or resolved' })
  vastlopers(
    @Parent() row: DoorbraakEntity,
    @CurrentActor() actor: AuthenticatedActor,
    @Context() context: GraphqlContext,
  ): Promise<VastloperEntity[]> {
    return this.loaders.vastlopersOfDoorbraak(context, actor).load(row.id);
  }

  @ResolveField(() => AgendaAppearanceConnection, { description: 'The meeting agenda items it appears on, by meeting date, a page at a time' })
  async agendaItems(
    @Parent() row: DoorbraakEntity,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<AgendaAppearance>> {
    return toConnection(await this.loaders.agendaItems(context, 'doorbraak_id', first, after).load(row.id));
  }
}
