import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { agendaTime, meetingPermissions, TEXT_RULES, type AgendaTime as AgendaTimeValue } from '@doorbraak/domain';
import { Alliance, Partner as PartnerModel, Person } from '@doorbraak/server-alliances';
import {
  CurrentActor,
  CurrentCaller,
  OptionalActor,
  TextArg,
  toConnection,
  unauthenticated,
  type AuthenticatedActor,
  type Caller,
  type ConnectionOf,
  type GraphqlContext,
} from '@doorbraak/server-core';
import type {
  ActionItemEntity,
  AgendaAmendmentEntity,
  AgendaItemEntity,
  AllianceEntity,
  DecisionEntity,
  MeetingAttendeeEntity,
  MeetingEntity,
  MeetingSeriesEntity,
  PersonEntity,
} from '@doorbraak/server-data';
import { MeetingsLoaders } from '../meetings.loaders';
import { MeetingsService, type PlanningScope } from '../meetings.service';
import { MinutesService } from '../minutes/minutes.service';
import { ActionItem } from './action-item.model';
import { AgendaItem } from './agenda-item.model';
import { MeetingConnection } from './connections';
import { Decision } from './decision.model';
import { AttendanceInput, CreateMeetingInput, CreateMeetingSeriesInput, MeetingFilter, UpdateMeetingInput } from './inputs';
import { AgendaAmendment, AgendaTime, Meeting, MeetingAttendee, MeetingPermissions, MeetingPlanningScope, MeetingSeries } from './meeting.model';

const actorOf = (actor: AuthenticatedActor | null): AuthenticatedActor => {
  if (!actor) {
    throw unauthenticated();
  }
  return actor;
};

@Resolver(() => Meeting)
export class MeetingResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly minutesService: MinutesService,
    private readonly loaders: MeetingsLoaders,
  ) {}

  @Query(() => MeetingConnection, { description: 'The meetings the caller may see, a page at a time: upcoming soonest first, past latest first (see MeetingFilter.order)' })
  async meetings(
    @CurrentCaller() caller: Caller,
    @Args('filter', { type: () => MeetingFilter, nullable: true }) filter: MeetingFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<MeetingEntity>> {
    return toConnection(await this.service.list(caller.actor, filter, first, after, caller.now));
  }

  @Query(() => [MeetingPlanningScope], { description: 'Where the caller may plan meetings (createMeeting, createMeetingSeries), and of which types' })
  meetingPlanning(@CurrentActor() actor: AuthenticatedActor): Promise<PlanningScope[]> {
    return this.service.planningScopes(actor);
  }

  @Query(() => Meeting)
  meeting(@CurrentActor() actor: AuthenticatedActor, @Args('id', { type: () => ID }) id: string): Promise<MeetingEntity> {
    return this.service.byId(actor, id);
  }

  @Mutation(() => Meeting, { description: 'Plans a one-off meeting (programme director; nationally the coordinator)' })
  createMeeting(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateMeetingInput,
  ): Promise<MeetingEntity> {
    return this.service.create(caller, input);
  }

  @Mutation(() => MeetingSeries, { description: 'Plans meetings every N weeks at the same Amsterdam time, without the exception dates' })
  createMeetingSeries(
    @CurrentCaller() caller: Caller,
    @Args('input') input: CreateMeetingSeriesInput,
  ): Promise<MeetingSeriesEntity> {
    return this.service.createSeries(caller, input);
  }

  @Mutation(() => Meeting, { description: 'Moves or renames a meeting that has not been held' })
  updateMeeting(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateMeetingInput,
  ): Promise<MeetingEntity> {
    return this.service.update(caller, id, input);
  }

  @Mutation(() => Meeting, { description: 'Sets who is invited: people, and partner organisations as such' })
  setMeetingAttendees(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('personIds', { type: () => [ID] }) personIds: string[],
    @Args('partnerIds', { type: () => [ID], defaultValue: [] }) partnerIds: string[],
  ): Promise<MeetingEntity> {
    return this.service.setAttendees(caller, meetingId, personIds, partnerIds);
  }

  @Mutation(() => Meeting, { description: 'Publishes and freezes the agenda, and notifies the attendees; later changes are amendments' })
  publishAgenda(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingEntity> {
    return this.service.publishAgenda(caller, meetingId);
  }

  @Mutation(() => Meeting, { description: 'Cancels the meeting; its escalated items move to the next meeting of the type' })
  cancelMeeting(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @TextArg('reason', TEXT_RULES.reason, { nullable: true }) reason: string | null,
  ): Promise<MeetingEntity> {
    return this.service.cancel(caller, meetingId, reason);
  }

  @Mutation(() => Meeting)
  markMeetingHeld(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingEntity> {
    return this.service.markHeld(caller, meetingId);
  }

  @Mutation(() => Meeting, { description: 'Who was there; attendee ids from Meeting.attendees' })
  recordAttendance(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @Args('attendance', { type: () => [AttendanceInput] }) attendance: AttendanceInput[],
  ): Promise<MeetingEntity> {
    return this.minutesService.recordAttendance(caller, meetingId, attendance);
  }

  @Mutation(() => Meeting, { description: 'The general minutes of the meeting, while they are open' })
  updateMinutes(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
    @TextArg('minutes', TEXT_RULES.minutes, { nullable: true }) minutes: string | null,
  ): Promise<MeetingEntity> {
    return this.minutesService.updateMinutes(caller, meetingId, minutes);
  }

  @Mutation(() => Meeting, { description: 'The chair approves the minutes: from then on they are read-only' })
  approveMinutes(
    @CurrentCaller() caller: Caller,
    @Args('meetingId', { type: () => ID }) meetingId: string,
  ): Promise<MeetingEntity> {
    return this.minutesService.approve(caller, meetingId);
  }

  @ResolveField(() => Alliance, { nullable: true })
  alliance(@Parent() meeting: MeetingEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> | null {
    return meeting.allianceId ? this.loaders.alliance(context).load(meeting.allianceId) : null;
  }

  @ResolveField(() => MeetingPermissions, { description: 'So a client offers only what the caller may do now' })
  viewerCan(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null): MeetingPermissions {
    return meetingPermissions(actorOf(actor), meeting, new Date());
  }

  @ResolveField(() => [Person], {
    description: 'The people who may own an action item of this meeting (they may read it), by name; empty for those who cannot add one',
  })
  ownerCandidates(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<PersonEntity[]> | PersonEntity[] {
    return meetingPermissions(actorOf(actor), meeting, new Date()).createActionItem ? this.loaders.ownerCandidates(context).load(meeting.id) : [];
  }

  @ResolveField(() => Boolean, {
    description: 'False when the caller sees this (national) meeting only through the agenda items about their own alliance',
  })
  fullView(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<boolean> | boolean {
    return meeting.allianceId !== null || this.loaders.fullSight(context, actorOf(actor)).load(meeting.id);
  }

  @ResolveField(() => String, { nullable: true })
  async minutes(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<string | null> {
    return (await this.fullView(meeting, actor, context)) ? meeting.minutes : null;
  }

  @ResolveField(() => Meeting, {
    nullable: true,
    description:
      "Where this meeting's escalated agenda items go if it is cancelled now: the next draft meeting of its type (and alliance). " +
      "Null when there is none, or none the caller may see; they then wait on the rung's list to schedule until one is planned",
  })
  escalationsMoveTo(
    @Parent() meeting: MeetingEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<MeetingEntity | null> | null {
    return meeting.status === 'DRAFT' || meeting.status === 'AGENDA_PUBLISHED'
      ? this.loaders.escalationTarget(context, actorOf(actor), new Date()).load(meeting.id)
      : null;
  }

  @ResolveField(() => Person, { nullable: true })
  minutesApprovedBy(@Parent() meeting: MeetingEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return meeting.minutesApprovedById ? this.loaders.person(context).load(meeting.minutesApprovedById) : null;
  }

  @ResolveField(() => [MeetingAttendee])
  async attendees(
    @Parent() meeting: MeetingEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<MeetingAttendeeEntity[]> {
    return (await this.fullView(meeting, actor, context)) ? this.loaders.attendees(context).load(meeting.id) : [];
  }

  @ResolveField(() => [AgendaItem], { description: 'In order; items about vastlopers the caller may not read are left out' })
  agenda(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<AgendaItemEntity[]> {
    return this.loaders.agenda(context, actorOf(actor)).load(meeting.id);
  }

  @ResolveField(() => AgendaTime, { description: "The agenda's total time, with a warning when it exceeds the meeting's length" })
  async agendaTime(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<AgendaTimeValue & { meetingMinutes: number }> {
    const items = await this.loaders.agenda(context, actorOf(actor)).load(meeting.id);
    return { ...agendaTime(items.map((item) => item.minutesAllotted), meeting.durationMinutes), meetingMinutes: meeting.durationMinutes };
  }

  @ResolveField(() => [AgendaAmendment], { description: 'Changes after publication, oldest first' })
  async amendments(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<AgendaAmendmentEntity[]> {
    return (await this.fullView(meeting, actor, context)) ? this.loaders.amendments(context, actorOf(actor)).load(meeting.id) : [];
  }

  @ResolveField(() => [Decision])
  decisions(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<DecisionEntity[]> {
    return this.loaders.decisions(context, actorOf(actor)).load(meeting.id);
  }

  @ResolveField(() => [ActionItem])
  actionItems(@Parent() meeting: MeetingEntity, @OptionalActor() actor: AuthenticatedActor | null, @Context() context: GraphqlContext): Promise<ActionItemEntity[]> {
    return this.loaders.actionItems(context, actorOf(actor)).load(meeting.id);
  }

  @ResolveField(() => [ActionItem], {
    description: 'The standing item of every ALLIANTIE agenda: open commitments (toezeggingen), longest open first',
  })
  openCommitments(
    @Parent() meeting: MeetingEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
  ): Promise<ActionItemEntity[]> | ActionItemEntity[] {
    return meeting.type === 'ALLIANTIE' && meeting.allianceId ? this.loaders.openCommitments(context, actorOf(actor)).load(meeting.allianceId) : [];
  }
}

@Resolver(() => MeetingSeries)
export class MeetingSeriesResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly loaders: MeetingsLoaders,
  ) {}

  @Query(() => MeetingSeries)
  meetingSeries(@CurrentActor() actor: AuthenticatedActor, @Args('id', { type: () => ID }) id: string): Promise<MeetingSeriesEntity> {
    return this.service.series(actor, id);
  }

  @ResolveField(() => MeetingConnection, { description: 'Its meetings that the caller may see, soonest first, a page at a time' })
  async meetings(
    @Parent() series: MeetingSeriesEntity,
    @OptionalActor() actor: AuthenticatedActor | null,
    @Context() context: GraphqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<MeetingEntity>> {
    return toConnection(await this.loaders.meetingsOfSeries(context, actorOf(actor), first, after).load(series.id));
  }

  @ResolveField(() => Alliance, { nullable: true })
  alliance(@Parent() series: MeetingSeriesEntity, @Context() context: GraphqlContext): Promise<AllianceEntity | null> | null {
    return series.allianceId ? this.loaders.alliance(context).load(series.allianceId) : null;
  }
}

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  person(@Parent() attendee: MeetingAttendeeEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return attendee.personId ? this.loaders.person(context).load(attendee.personId) : null;
  }

  @ResolveField(() => PartnerModel, { nullable: true, description: 'The partner organisation invited, or represented by the person' })
  partner(@Parent() attendee: MeetingAttendeeEntity, @Context() context: GraphqlContext) {
    return attendee.partnerId ? this.loaders.partner(context).load(attendee.partnerId) : null;
  }
}

@Resolver(() => AgendaAmendment)
export class AgendaAmendmentResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  @ResolveField(() => Person, { nullable: true })
  actor(@Parent() amendment: AgendaAmendmentEntity, @Context() context: GraphqlContext): Promise<PersonEntity | null> | null {
    return amendment.actorId ? this.loaders.person(context).load(amendment.actorId) : null;
  }
}
