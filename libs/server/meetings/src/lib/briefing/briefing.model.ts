import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { EscalationCause, EscalationRung } from '@doorbraak/domain';
import { Alliance } from '@doorbraak/server-alliances';
import type { ActionItemEntity, AgendaItemEntity, AllianceEntity, MeetingEntity } from '@doorbraak/server-data';
import { EscalationCauseEnum, EscalationRungEnum } from '@doorbraak/server-escalation';
import { ActionItem } from '../graphql/action-item.model';
import { AgendaItem } from '../graphql/agenda-item.model';
import { Meeting, MeetingItemRef } from '../graphql/meeting.model';

@ObjectType({ description: 'An item that moved on the ladder since the previous meeting' })
export class BriefingMove {
  @Field(() => MeetingItemRef)
  item: MeetingItemRef;

  @Field(() => EscalationRungEnum, { nullable: true })
  fromRung: EscalationRung | null;

  @Field(() => EscalationRungEnum)
  toRung: EscalationRung;

  @Field(() => EscalationCauseEnum)
  cause: EscalationCause;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Date)
  at: Date;
}

@ObjectType({ description: 'A doorbraak achieved since the previous meeting, with its impact figures' })
export class BriefingDoorbraak {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Figures such as "55 jongeren geplaatst"' })
  impact: string | null;

  @Field(() => Date)
  achievedAt: Date;

  @Field(() => EscalationRungEnum, { nullable: true })
  achievedAtRung: EscalationRung | null;
}

@ObjectType({ description: 'Figures of one actielijn over the briefing period' })
export class ActielijnFigures {
  @Field({ description: 'The Actielijn' })
  actielijn: string;

  @Field(() => Int, { description: 'Open vastlopers at the end of the period' })
  openVastlopers: number;

  @Field(() => Int)
  newVastlopers: number;

  @Field(() => Int)
  resolvedVastlopers: number;

  @Field(() => Int)
  escalated: number;

  @Field(() => Int)
  deEscalated: number;

  @Field(() => Int)
  doorbrakenAchieved: number;
}

@ObjectType({ description: 'Something whose owner did not answer the status request: "geen update"' })
export class BriefingNoUpdate {
  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  ownerName: string | null;

  @Field({ description: 'AGENDA_ITEM or ACTION_ITEM' })
  source: string;

  @Field(() => ID, { nullable: true, description: 'The vastloper an agenda item is about' })
  vastloperId: string | null;

  @Field(() => ID, { nullable: true, description: 'The doorbraak an agenda item is about' })
  doorbraakId: string | null;

  @Field(() => ID, { nullable: true, description: 'The action item or commitment' })
  actionItemId: string | null;
}

@ObjectType({ description: "How many lines each of the briefing's lists has in all; a list itself holds at most MeetingBriefing.listLimit of them" })
export class BriefingTotals {
  @Field(() => Int)
  newVastlopers: number;

  @Field(() => Int)
  escalated: number;

  @Field(() => Int)
  deEscalated: number;

  @Field(() => Int)
  stalledAtTop: number;

  @Field(() => Int)
  answerOverdue: number;

  @Field(() => Int)
  doorbrakenAchieved: number;

  @Field(() => Int)
  overdueActionItems: number;

  @Field(() => Int)
  openCommitments: number;

  @Field(() => Int)
  noUpdate: number;
}

@ObjectType({ description: "The mayor's briefing: what changed since the previous meeting of the alliance" })
export class MeetingBriefing {
  @Field(() => Meeting)
  meeting: MeetingEntity;

  @Field(() => Alliance)
  alliance: AllianceEntity;

  @Field(() => Meeting, { nullable: true })
  previousMeeting: MeetingEntity | null;

  @Field(() => Date, { description: 'The period covered: after this moment…' })
  from: Date;

  @Field(() => Date, { description: '…up to this one (the meeting, or now when read before it)' })
  to: Date;

  @Field(() => Date, { nullable: true, description: 'When the worker prepared it and told the chair' })
  preparedAt: Date | null;

  @Field(() => Int, { description: 'The most lines a list below holds (the first of them in its order); totals counts them all' })
  listLimit: number;

  @Field(() => BriefingTotals)
  totals: BriefingTotals;

  @Field(() => [MeetingItemRef], { description: 'Created in the period, first created first' })
  newVastlopers: MeetingItemRef[];

  @Field(() => [BriefingMove], { description: 'In the order they happened' })
  escalated: BriefingMove[];

  @Field(() => [BriefingMove], { description: 'In the order they happened' })
  deEscalated: BriefingMove[];

  @Field(() => [MeetingItemRef], { description: 'Open items stalled at the top rung (the doorbraakoverleg), longest overdue first' })
  stalledAtTop: MeetingItemRef[];

  @Field(() => [MeetingItemRef], {
    description: 'Open vastlopers whose ministry did not acknowledge or answer in time (each line says which, in answerFlag), longest waiting first',
  })
  answerOverdue: MeetingItemRef[];

  @Field(() => [BriefingDoorbraak], { description: 'In the order they were achieved' })
  doorbrakenAchieved: BriefingDoorbraak[];

  @Field(() => [AgendaItem], { description: 'The items on this agenda that need a decision' })
  decisionsNeeded: AgendaItemEntity[];

  @Field(() => [ActionItem], { description: 'Longest overdue first' })
  overdueActionItems: ActionItemEntity[];

  @Field(() => [ActionItem], { description: 'Open commitments, longest open first' })
  openCommitments: ActionItemEntity[];

  @Field(() => [BriefingNoUpdate], { description: 'The agenda items first, then the action items by due date' })
  noUpdate: BriefingNoUpdate[];

  @Field(() => [ActielijnFigures])
  figures: ActielijnFigures[];

  // For the PDF: names the GraphQL fields resolve through their own resolvers.
  ownerNames: ReadonlyMap<string, string>;
}
