import { Args, Context, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { answeredStatusRequest, TEXT_RULES } from '@doorbraak/domain';
import { Person } from '@doorbraak/server-alliances';
import { CurrentCaller, OptionalActor, TextArg, unauthenticated, type AuthenticatedActor, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import type { AgendaItemEntity, DecisionEntity, DossierEntity, MeetingEntity, PersonEntity } from '@doorbraak/server-data';
import { Dossier } from '@doorbraak/server-dossiers';
import { AgendaService } from '../agenda/agenda.service';
import { itemKeyOf, MeetingsLoaders } from '../meetings.loaders';
import { MinutesService } from '../minutes/minutes.service';
import { AgendaItem } from './agenda-item.model';
import { Decision } from './decision.model';
import { AddAgendaItemInput, UpdateAgendaItemInput } from './inputs';
import { Meeting, MeetingItemRef } from './meeting.model';

@Resolver(() => AgendaItem)
export class AgendaItemResolver {
  constructor(
    private readonly agenda: AgendaService,
    private readonly minutesService: MinutesService,
    private readonly loaders: MeetingsLoaders,
  ) {}

  @Mutation(() => AgendaItem, { description: 'Adds an item; on a published agenda only as an amendment by the programme director' })
  addAgendaItem(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('input') input: AddAgendaItemInput,
  ): Promise<AgendaItemEntity> {
    return this.agenda.add(caller, meetingId, input);
  }

  @Mutation(() => AgendaItem)
  updateAgendaItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateAgendaItemInput,
  ): Promise<AgendaItemEntity> {
    return this.agenda.update(caller, id, input);
  }

  @Mutation(() => Meeting, { description: 'Removes an item (escalated items cannot be removed, only carried over); positions stay dense' })
  removeAgendaItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<MeetingEntity> {
    return this.agenda.remove(caller, id);
  }

  @Mutation(() => Meeting, { description: 'Moves an item to a position (1-based); the others shift, positions stay 1..n under concurrent edits' })
  moveAgendaItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('position', { type: () => Int }) position: number,
  ): Promise<MeetingEntity> {
    return this.agenda.move(caller, id, position);
  }

  @Mutation(() => AgendaItem, { description: 'Puts an unfinished item on the next meeting of the same type; answers the new item' })
  carryOverAgendaItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AgendaItemEntity> {
    return this.agenda.carryOver(caller, id);
  }

  @Mutation(() => AgendaItem, { description: 'The short minute for one agenda item, while the minutes are open' })
  recordAgendaMinute(
    @CurrentCaller() caller: Caller,
    @Args('agendaItemId', { type: () => ID }) agendaItemId: string,
    @TextArg('minute', TEXT_RULES.agendaMinute, { nullable: true }) minute: string | null,
  ): Promise<AgendaItemEntity> {
    return this.minutesService.recordAgendaMinute(caller, agendaItemId, minute);
  }

  @ResolveField(() => Person, { nullable: true })
  presenter(@Parent() item: AgendaItemEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return item.presenterId ? this.loaders.person(context).load(item.presenterId) : null;
  }

  @ResolveField(() => MeetingItemRef, { nullable: true, description: 'The vastloper or doorbraak it is about' })
  item(@Parent() item: AgendaItemEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext) {
    const key = itemKeyOf(item);
    if (!actor) throw unauthenticated();
    return key ? this.loaders.itemRef(context, actor).load(key) : null;
  }

  @ResolveField(() => Dossier, { nullable: true, description: 'The national dossier it is about; null when there is none or the caller may not read it' })
  dossier(@Parent() item: AgendaItemEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<DossierEntity | null> | null {
    if (!actor) throw unauthenticated();
    return item.dossierId ? this.loaders.dossier(context, actor).load(item.dossierId) : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: '"Geen update": asked for a progress note before the meeting, the owner gave none. Null before any request',
  })
  async noUpdate(@Parent() item: AgendaItemEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<boolean | null> {
    const key = itemKeyOf(item);
    if (!actor) throw unauthenticated();
    if (!key) return null;
    const [meeting, ref] = await Promise.all([this.loaders.meetingOfRow(context).load(item.meetingId), this.loaders.itemRef(context, actor).load(key)]);
    const answered = answeredStatusRequest(meeting?.statusRequestedAt ?? null, ref?.lastProgressAt ?? null);
    return answered === null ? null : !answered;
  }

  @ResolveField(() => AgendaItem, { nullable: true, description: 'Its copy on a later agenda, when it was carried over' })
  carriedOverTo(@Parent() item: AgendaItemEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<AgendaItemEntity | null> {
    if (!actor) throw unauthenticated();
    return this.loaders.carriedOverTo(context, actor).load(item.id);
  }

  @ResolveField(() => Meeting, { description: 'The meeting whose agenda it is on' })
  async meeting(@Parent() item: AgendaItemEntity, @Context() context: GraphqlContext): Promise<MeetingEntity> {
    const meeting = await this.loaders.meetingOfRow(context).load(item.meetingId);
    if (!meeting) throw new Error(`agenda item ${item.id} without its meeting`);
    return meeting;
  }

  @ResolveField(() => [Decision])
  decisions(@Parent() item: AgendaItemEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<DecisionEntity[]> {
    if (!actor) throw unauthenticated();
    return this.loaders.decisionsOfAgendaItem(context, actor).load(item.id);
  }
}
