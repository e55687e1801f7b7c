import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { amsterdamToday, isOverdue, TEXT_RULES } from '@doorbraak/domain';
import { Alliance, Partner, Person } from '@doorbraak/server-alliances';
import { CurrentCaller, OptionalActor, TextArg, unauthenticated, type AuthenticatedActor, type Caller, type GraphqlContext } from '@doorbraak/server-core';
import type { ActionItemEntity, AllianceEntity, MeetingEntity, PartnerEntity, PersonEntity } from '@doorbraak/server-data';
import { ActionItemsService } from '../action-items/action-items.service';
import { MeetingsLoaders } from '../meetings.loaders';
import { ActionItem } from './action-item.model';
import { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from './inputs';
import { Meeting } from './meeting.model';

@Resolver(() => ActionItem)
export class ActionItemResolver {
  constructor(
    private readonly service: ActionItemsService,
    private readonly loaders: MeetingsLoaders,
  ) {}

  @Query(() => [ActionItem], { description: 'Action items and commitments the caller may see, by due date; e.g. the overdue list of an alliance or a person' })
  actionItems(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ActionItemFilter, nullable: true }) filter: ActionItemFilter | null,
  ): Promise<ActionItemEntity[]> {
    return this.service.list(caller, filter);
  }

  @Mutation(() => ActionItem, { description: 'An actiepunt or a commitment; reminders go to the owner 3 days before the due date and on it' })
  createActionItem(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateActionItemInput,
  ): Promise<ActionItemEntity> {
    return this.service.create(caller, input);
  }

  @Mutation(() => ActionItem, { description: 'A new due date moves the reminders' })
  updateActionItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateActionItemInput,
  ): Promise<ActionItemEntity> {
    return this.service.update(caller, id, input);
  }

  @Mutation(() => ActionItem, { description: 'Done (the owner or a manager); its reminders are withdrawn' })
  completeActionItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ActionItemEntity> {
    return this.service.complete(caller, id);
  }

  @Mutation(() => ActionItem, { description: 'No longer needed (a manager); its reminders are withdrawn' })
  cancelActionItem(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ActionItemEntity> {
    return this.service.cancel(caller, id);
  }

  @Mutation(() => ActionItem, { description: "The owner's progress note, e.g. in answer to a status request" })
  reportActionItemProgress(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @TextArg('note', TEXT_RULES.actionItemNote) note: string,
  ): Promise<ActionItemEntity> {
    return this.service.reportProgress(caller, id, note);
  }

  @ResolveField(() => Boolean, { description: 'Open and past its due date (Amsterdam time)' })
  overdue(@Parent() item: ActionItemEntity): boolean {
    return item.status === 'OPEN' && isOverdue(item.dueDate, amsterdamToday(new Date()));
  }

  @ResolveField(() => Person, { nullable: true })
  owner(@Parent() item: ActionItemEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return item.ownerId ? this.loaders.person(context).load(item.ownerId) : null;
  }

  @ResolveField(() => Alliance)
  alliance(@Parent() item: ActionItemEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> {
    return this.loaders.alliance(context).load(item.allianceId);
  }

  @ResolveField(() => Partner, { nullable: true, description: 'The partner that made the commitment' })
  committedByPartner(@Parent() item: ActionItemEntity, @Context() context: GraphqlContext): Promise<PartnerEntity | null> | null {
    return item.committedByPartnerId ? this.loaders.partner(context).load(item.committedByPartnerId) : null;
  }

  @ResolveField(() => Meeting, { nullable: true, description: 'Where it was agreed, when the caller may see that meeting' })
  meeting(@Parent() item: ActionItemEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<MeetingEntity | null> | null {
    if (!actor) throw unauthenticated();
    return item.meetingId ? this.loaders.visibleMeeting(context, actor).load(item.meetingId) : null;
  }
}
