import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ActionItemKind, ActionItemStatus, AgendaItemKind, CommitmentParty, DecisionOutcome, MeetingStatus, MeetingType } from '@doorbraak/domain';
import {
  ActionItemKindEnum,
  ActionItemStatusEnum,
  AgendaItemKindEnum,
  CommitmentPartyEnum,
  DecisionOutcomeEnum,
  MeetingStatusEnum,
  MeetingTypeEnum,
} from './enums';

@InputType()
export class CreateMeetingInput {
  @Field(() => MeetingTypeEnum)
  type: MeetingType;

  @Field(() => ID, { nullable: true, description: 'Required, except for the national DOORBRAAKOVERLEG' })
  allianceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Defaults to the name of the meeting type' })
  title?: string | null;

  @Field(() => Date)
  scheduledAt: Date;

  @Field(() => Int, { nullable: true, defaultValue: 120 })
  durationMinutes?: number;

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true, description: 'Last date, inclusive (ISO); without it the series is planned a year ahead' })
  until?: string | null;

  @Field(() => [String], { nullable: true, defaultValue: [], description: 'Dates without a meeting (ISO), e.g. in the holidays' })
  exceptions?: string[];
}

@InputType({ description: 'Only the fields given change' })
export class UpdateMeetingInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => Date, { nullable: true })
  scheduledAt?: Date | null;

  @Field(() => Int, { nullable: true })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
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
}

@InputType()
export class AddAgendaItemInput {
  @Field()
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
  @Field(() => String, { nullable: true })
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

  @Field()
  text: string;

  @Field(() => ID, { nullable: true, description: "Defaults to the agenda item's vastloper" })
  vastloperId?: string | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the agenda item's doorbraak" })
  doorbraakId?: string | null;

  @Field(() => DecisionOutcomeEnum, { nullable: true, description: 'For a decision on an escalated item' })
  outcome?: DecisionOutcome | null;

  @Field(() => String, { nullable: true, description: 'ISO date on which it comes back on an agenda' })
  reviewDate?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateDecisionInput {
  @Field(() => String, { nullable: true })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date; send an empty string to clear it' })
  reviewDate?: string | null;
}

@InputType()
export class DecisionRegisterFilter {
  @Field(() => String, { nullable: true, description: 'Words to find in the decision (Dutch full text), or part of a word' })
  text?: string | null;

  @Field(() => ID, { nullable: true })
  allianceId?: string | null;

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

  @Field()
  description: string;

  @Field(() => ID, { nullable: true, description: 'Required for an action' })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date; a commitment without one gets the next 1 July or 31 December' })
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
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date' })
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
