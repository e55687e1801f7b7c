import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgendaItemKind, EscalationCause, EscalationRung, MeetingStatus, MeetingType } from '@doorbraak/domain';
import { EscalationCauseEnum, EscalationRungEnum } from '@doorbraak/server-escalation';

@ObjectType({ description: 'A dated note that something moved; it restarts the stall clock' })
export class ProgressUpdate {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => Date, { description: 'When the progress happened' })
  at: Date;

  @Field(() => Date)
  createdAt: Date;

  authorId: string;
}

@ObjectType({ description: 'One move on the escalation ladder' })
export class EscalationEvent {
  @Field(() => ID)
  id: string;

  @Field(() => EscalationRungEnum, { nullable: true })
  fromRung: EscalationRung | null;

  @Field(() => EscalationRungEnum)
  toRung: EscalationRung;

  @Field(() => EscalationCauseEnum)
  cause: EscalationCause;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => [EscalationRungEnum], { description: 'Rungs without a holder that the move passed over' })
  skippedRungs: EscalationRung[];

  @Field(() => Date)
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The agenda item the arrival created' })
  agendaItemId: string | null;

  actorId: string | null;
}

@ObjectType({ description: 'A meeting agenda item that an item appears on' })
export class AgendaAppearance {
  @Field(() => ID)
  agendaItemId: string;

  @Field()
  title: string;

  @Field(() => String)
  kind: AgendaItemKind;

  @Field()
  source: string;

  @Field(() => Int)
  position: number;

  @Field(() => ID)
  meetingId: string;

  @Field()
  meetingTitle: string;

  @Field(() => String)
  meetingType: MeetingType;

  @Field(() => String)
  meetingStatus: MeetingStatus;

  @Field(() => Date)
  scheduledAt: Date;
}
