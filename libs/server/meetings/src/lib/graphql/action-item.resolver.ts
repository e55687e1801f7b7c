import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { amsterdamToday, answeredStatusRequest, can, isOverdue, TEXT_RULES } from '@doorbraak/domain';
import { Alliance, Partner, Person } from '@doorbraak/server-alliances';
import { CurrentActor, CurrentCaller, OptionalActor, TextArg, toConnection, unauthenticated, type AuthenticatedActor, type Caller, type ConnectionOf, type GraphqlContext } from '@doorbraak/server-core';
import type { ActionItemEntity, AllianceEntity, MeetingEntity, PartnerEntity, PersonEntity } from '@doorbraak/server-data';
import { ActionItemsService } from '../action-items/action-items.service';
import { MeetingsLoaders, type ActionItemProgressReportRow } from '../meetings.loaders';
import { ActionItemConnection } from './connections';
import { ActionItem, ActionItemPermissions, ActionItemProgressReport } from './action-item.model';
import { ActionItemFilter, CreateActionItemInput, UpdateActionItemInput } from './inputs';
import { Meeting } from './meeting.model';

@Resolver(() => ActionItem)
export class ActionItemResolver {
  constructor(
    private readonly service: ActionItemsService,
    private readonly loaders: MeetingsLoaders,
  ) {}

  @Query(() => ActionItemConnection, {
    description: 'Action items and commitments the caller may see, by due date (overdue first), a page at a time; e.g. the overdue list of an alliance or a person',
  })
  async actionItems(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => ActionItemFilter, nullable: true }) filter: ActionItemFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<ActionItemEntity>> {
    return toConnection(await this.service.list(caller, filter, first, after));
  }

  @Query(() => ActionItem, { description: 'One action item or commitment the caller may see' })
  actionItem(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ActionItemEntity> {
    return this.service.get(caller, id);
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

  @ResolveField(() => Date, {
    nullable: true,
    description: "When the owner was asked for a progress note before the alliance's next meeting; null while none was asked (or it is closed or has no owner)",
  })
  statusRequestedAt(@Parent() item: ActionItemEntity, @Context() context: GraphqlContext): Promise<Date | null> | null {
    return item.status === 'OPEN' && item.ownerId !== null ? this.loaders.statusRequestedAt(context).load(item.allianceId) : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: '"Geen update": asked for a progress note before the next meeting, the owner gave none since. Null while none was asked',
  })
  async noUpdate(@Parent() item: ActionItemEntity, @Context() context: GraphqlContext): Promise<boolean | null> {
    const requestedAt = await this.statusRequestedAt(item, context);
    const answered = answeredStatusRequest(requestedAt, item.progressNoteAt);
    return answered === null ? null : !answered;
  }

  @ResolveField(() => [ActionItemProgressReport], { description: "The owner's progress notes, newest first" })
  progressReports(@Parent() item: ActionItemEntity, @Context() context: GraphqlContext): Promise<ActionItemProgressReportRow[]> {
    return this.loaders.progressReports(context).load(item.id);
  }

  @ResolveField(() => ActionItemPermissions)
  viewerCan(@Parent() item: ActionItemEntity, @CurrentActor() actor: AuthenticatedActor): ActionItemPermissions {
    const open = item.status === 'OPEN';
    const manage = can(actor, 'actionItem.manage', { allianceId: item.allianceId });
    const own = item.ownerId === actor.personId && can(actor, 'actionItem.updateOwn', { allianceId: item.allianceId });
    return { complete: open && (own || manage), reportProgress: open && (own || manage), manage: open && manage };
  }
}

@Resolver(() => ActionItemProgressReport)
export class ActionItemProgressReportResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who wrote it' })
  author(@Parent() report: ActionItemProgressReportRow, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return report.authorId ? this.loaders.person(context).load(report.authorId) : null;
  }
}
