import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgendaChange, EscalationRung, ItemKind, MeetingStatus, MeetingType } from '@doorbraak/domain';
import { EscalationRungEnum, ItemKindEnum } from '@doorbraak/server-escalation';
import { AgendaChangeEnum, MeetingStatusEnum, MeetingTypeEnum } from './enums';

@ObjectType({ description: 'A meeting at one rung: programmateam, alliantietafel, bestuurlijk overleg, or the national doorbraakoverleg' })
export class Meeting {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingTypeEnum)
  type: MeetingType;

  @Field(() => ID, { nullable: true, description: 'Null for the national doorbraakoverleg' })
  allianceId: string | null;

  @Field(() => ID, { nullable: true })
  seriesId: string | null;

  @Field()
  title: string;

  @Field(() => Date)
  scheduledAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => MeetingStatusEnum)
  status: MeetingStatus;

  @Field(() => Date, { nullable: true })
  agendaPublishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  minutesApprovedAt: Date | null;

  @Field(() => String, { nullable: true })
  cancellationReason: string | null;

  @Field(() => Date, { nullable: true, description: 'When owners were first asked for a progress note before this meeting' })
  statusRequestedAt: Date | null;

  @Field(() => Date, { nullable: true })
  briefingPreparedAt: Date | null;

  minutes: string | null;
  minutesApprovedById: string | null;
}

@ObjectType({ description: 'Where the caller may plan meetings, and of which types' })
export class MeetingPlanningScope {
  @Field(() => ID, { nullable: true, description: 'Null for the national doorbraakoverleg' })
  allianceId: string | null;

  @Field(() => String, { nullable: true, description: 'Null for the national doorbraakoverleg' })
  allianceName: string | null;

  @Field(() => [MeetingTypeEnum])
  types: MeetingType[];
}

@ObjectType({ description: 'A person or partner organisation invited to a meeting' })
export class MeetingAttendee {
  @Field(() => ID)
  id: string;

  @Field(() => Boolean, { nullable: true, description: 'Null until attendance is taken' })
  present: boolean | null;

  personId: string | null;
  partnerId: string | null;
}

@ObjectType({ description: "The agenda's total time against the meeting's length" })
export class AgendaTime {
  @Field(() => Int)
  totalMinutes: number;

  @Field(() => Int)
  meetingMinutes: number;

  @Field(() => Int, { description: 'Minutes beyond the meeting; 0 when it fits' })
  overrunMinutes: number;

  @Field(() => String, { nullable: true, description: 'A Dutch warning when the agenda is longer than the meeting' })
  warning: string | null;
}

@ObjectType({ description: 'A vastloper or doorbraak that an agenda item, decision or briefing line is about' })
export class MeetingItemRef {
  @Field(() => ID)
  id: string;

  @Field(() => ItemKindEnum)
  kind: ItemKind;

  @Field()
  title: string;

  @Field(() => String, { description: 'VastloperStatus or DoorbraakStatus' })
  status: string;

  @Field(() => EscalationRungEnum, { nullable: true })
  rung: EscalationRung | null;

  @Field(() => String, { nullable: true, description: 'The Actielijn' })
  actielijn: string | null;

  @Field(() => ID)
  allianceId: string;

  @Field()
  confidential: boolean;

  @Field(() => Date, { nullable: true })
  lastProgressAt: Date | null;

  ownerId: string;
}

@ObjectType({ description: 'A change to an agenda after it was published' })
export class AgendaAmendment {
  @Field(() => ID)
  id: string;

  @Field(() => AgendaChangeEnum)
  change: AgendaChange;

  @Field({ description: 'In Dutch, as the attendees were told it; a screen tells the change from change, itemTitle, position and carriedOverFrom' })
  description: string;

  @Field({ description: "The item's title when it changed" })
  itemTitle: string;

  @Field(() => Int, { nullable: true, description: 'Where a moved item went' })
  position: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date of the meeting an added item was carried over from' })
  carriedOverFrom: string | null;

  @Field({ description: 'An escalated item a programme director pulled onto the published agenda' })
  urgent: boolean;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field(() => Date)
  createdAt: Date;

  actorId: string | null;
}

@ObjectType({ description: 'Meetings every N weeks at the same local time, with exceptions' })
export class MeetingSeries {
  @Field(() => ID)
  id: string;

  @Field(() => MeetingTypeEnum)
  type: MeetingType;

  @Field(() => ID, { nullable: true })
  allianceId: string | null;

  @Field()
  title: string;

  @Field(() => Date)
  firstAt: Date;

  @Field(() => Int)
  intervalWeeks: number;

  @Field(() => Int)
  durationMinutes: number;

  @Field(() => String, { nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'The last date (inclusive), ISO' })
  until: string | null;

  @Field(() => [String], { description: 'Dates without a meeting, ISO' })
  exceptions: string[];
}

@ObjectType({ description: "A person's private calendar feed; the address is shown once, when it is made" })
export class CalendarFeed {
  @Field()
  active: boolean;

  @Field(() => Date, { nullable: true })
  createdAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Path of the feed on the API, e.g. /calendar/<token>.ics; only right after it is made' })
  path: string | null;

  @Field(() => String, { nullable: true, description: 'The full address to subscribe to, on the web origin; only right after it is made' })
  url: string | null;
}

@ObjectType({ description: 'What the caller may do with this meeting now: the role policy and the meeting’s status together' })
export class MeetingPermissions {
  @Field({ description: 'Move, rename, invite, cancel (before it is held)' })
  manage: boolean;

  @Field({ description: 'Add, change, reorder or remove agenda items: freely in a draft, as amendments once published' })
  editAgenda: boolean;

  @Field()
  publishAgenda: boolean;

  @Field({ description: 'Attendance, the minutes and the minute per agenda item' })
  takeMinutes: boolean;

  @Field()
  recordDecision: boolean;

  @Field()
  createActionItem: boolean;

  @Field({ description: 'Carry an unfinished agenda item over to the next meeting of the type' })
  carryOver: boolean;

  @Field()
  markHeld: boolean;

  @Field()
  approveMinutes: boolean;
}
