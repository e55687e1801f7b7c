import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  DATE_WINDOWS,
  TEXT_RULES,
  type ActionItemKind,
  type ActionItemStatus,
  type AgendaItemKind,
  type CommitmentParty,
  type DecisionOutcome,
  type MeetingStatus,
  type MeetingType,
} from '@doorbraak/domain';
import { DateTimeField, IsoDateField, TextField } from '@doorbraak/server-core';
import {
  ActionItemKindEnum,
  ActionItemStatusEnum,
  AgendaItemKindEnum,
  CommitmentPartyEnum,
  DecisionOutcomeEnum,
  MeetingOrderEnum,
  MeetingStatusEnum,
  MeetingTypeEnum,
  type MeetingOrder,
} from './enums';

@InputType()
export class CreateMeetingInput {
  @Field(() => MeetingTypeEnum)
  type: MeetingType;

  @Field(() => ID, { nullable: true, description: 'Required, except for the national DOORBRAAKOVERLEG' })
  allianceId?: string | null;

  @TextField(TEXT_RULES.title, { nullable: true, description: 'Defaults to the name of the meeting type' })
  title?: string | null;

  @DateTimeField(DATE_WINDOWS.meeting)
  scheduledAt: Date;

  @Field(() => Int, { nullable: true, defaultValue: 120 })
  durationMinutes?: number;

  @TextField(TEXT_RULES.location, { nullable: true })
  location?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [] })
  attendeePersonIds?: string[];

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Partner organisations invited as such' })
  attendeePartnerIds?: string[];
}

@InputType()
export class CreateMeetingSeriesInput extends CreateMeetingInput {
  @Field(() => Int, { description: 'Every N weeks, at the wall-clock time of the first meeting' })
  intervalWeeks: number;

  @IsoDateField(DATE_WINDOWS.meetingDate, { nullable: true, description: 'Last date, inclusive; without it the series is planned a year ahead' })
  until?: string | null;

  @IsoDateField(DATE_WINDOWS.meetingDate, { list: true, nullable: true, defaultValue: [], description: 'Dates without a meeting, e.g. in the holidays' })
  exceptions?: string[];
}

@InputType({ description: 'Only the fields given change' })
export class UpdateMeetingInput {
  @TextField(TEXT_RULES.title, { nullable: true })
  title?: string | null;

  @DateTimeField(DATE_WINDOWS.meeting, { nullable: true })
  scheduledAt?: Date | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @TextField(TEXT_RULES.location, { nullable: true })
  location?: string | null;
}

@InputType()
export class MeetingFilter {
  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

  @Field(() => MeetingTypeEnum, { nullable: true })
  type?: MeetingType | null;

  @Field(() => [MeetingStatusEnum], { nullable: true })
  statuses?: MeetingStatus[] | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => MeetingOrderEnum, {
    nullable: true,
    description: 'Latest first when only `to` is given, else soonest first; without `from` and `to` the list starts now (upcoming, or past when latest first)',
  })
  order?: MeetingOrder | null;
}

@InputType()
export class AddAgendaItemInput {
  @TextField(TEXT_RULES.title)
  title: string;

  @Field(() => AgendaItemKindEnum)
  kind: AgendaItemKind;

  @Field(() => Int, { nullable: true, defaultValue: 10 })
  minutesAllotted?: number;

  @Field(() => ID, { nullable: true })
  presenterId?: string | null;

  @Field(() => ID, { nullable: true })
  vastloperId?: string | null;

  @Field(() => ID, { nullable: true })
  doorbraakId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A national dossier; at most one of vastloperId, doorbraakId and dossierId' })
  dossierId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Where to put it (1-based); at the end when left out' })
  position?: number | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'An escalated item pulled onto a published agenda by a programme director (an urgent amendment)',
  })
  urgent?: boolean;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateAgendaItemInput {
  @TextField(TEXT_RULES.title, { nullable: true })
  title?: string | null;

  @Field(() => AgendaItemKindEnum, { nullable: true })
  kind?: AgendaItemKind | null;

  @Field(() => Int, { nullable: true })
  minutesAllotted?: number | null;

  @Field(() => ID, { nullable: true })
  presenterId?: string | null;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  attendeeId: string;

  @Field()
  present: boolean;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID)
  meetingId: string;

  @Field(() => ID, { nullable: true })
  agendaItemId?: string | null;

  @TextField(TEXT_RULES.decision)
  text: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the agenda item's vastloper" })
  vastloperId?: string | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the agenda item's doorbraak" })
  doorbraakId?: string | null;

  @Field(() => DecisionOutcomeEnum, {
    nullable: true,
    description: 'For a decision on an escalated item: refused on an agenda item whose kind is not ESCALATION',
  })
  outcome?: DecisionOutcome | null;

  @IsoDateField(DATE_WINDOWS.reviewDate, { nullable: true, description: 'The date on which it comes back on an agenda' })
  reviewDate?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateDecisionInput {
  @TextField(TEXT_RULES.decision, { nullable: true })
  text?: string | null;

  @IsoDateField(DATE_WINDOWS.reviewDate, { nullable: true, allowEmpty: true })
  reviewDate?: string | null;
}

@InputType()
export class DecisionRegisterFilter {
  @TextField(TEXT_RULES.search, { nullable: true, description: 'Words to find in the decision (Dutch full text), or part of a word' })
  text?: string | null;

  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The decisions of one meeting' })
  meetingId?: string | null;

  @Field(() => MeetingTypeEnum, { nullable: true })
  meetingType?: MeetingType | null;

  @Field(() => Date, { nullable: true, description: 'Meetings from this moment' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Meetings up to this moment' })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  vastloperId?: string | null;

  @Field(() => ID, { nullable: true })
  doorbraakId?: string | null;
}

@InputType()
export class CreateActionItemInput {
  @Field(() => ID, { nullable: true, description: 'The meeting where it was agreed' })
  meetingId?: string | null;

  @Field(() => ID, { nullable: true })
  agendaItemId?: string | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the meeting's alliance; required for the doorbraakoverleg" })
  allianceId?: string | null;

  @TextField(TEXT_RULES.description)
  description: string;

  @Field(() => ID, { nullable: true, description: 'Required for an action' })
  ownerId?: string | null;

  @IsoDateField(DATE_WINDOWS.dueDate, { nullable: true, description: 'A commitment without one gets the next 1 July or 31 December' })
  dueDate?: string | null;

  @Field(() => ActionItemKindEnum, { nullable: true, defaultValue: 'ACTION' })
  kind?: ActionItemKind;

  @Field(() => CommitmentPartyEnum, { nullable: true })
  committedBy?: CommitmentParty | null;

  @Field(() => ID, { nullable: true, description: 'The partner that made the commitment' })
  committedByPartnerId?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateActionItemInput {
  @TextField(TEXT_RULES.description, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @IsoDateField(DATE_WINDOWS.dueDate, { nullable: true })
  dueDate?: string | null;
}

@InputType()
export class ActionItemFilter {
  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field({ nullable: true, defaultValue: false, description: "Only the caller's own" })
  mine?: boolean;

  @Field(() => ActionItemStatusEnum, { nullable: true })
  status?: ActionItemStatus | null;

  @Field(() => ActionItemKindEnum, { nullable: true })
  kind?: ActionItemKind | null;

  @Field({ nullable: true, defaultValue: false, description: 'Open and past their due date' })
  overdueOnly?: boolean;
}
