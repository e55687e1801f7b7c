import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ActionItemKind, ActionItemStatus, CommitmentParty } from '@doorbraak/domain';
import { ActionItemKindEnum, ActionItemStatusEnum, CommitmentPartyEnum } from './enums';

@ObjectType({ description: 'An actiepunt from a meeting, or a commitment (toezegging) one party made to the alliance' })
export class ActionItem {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  allianceId: string;

  @Field(() => ID, { nullable: true })
  meetingId: string | null;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field()
  description: string;

  @Field(() => String, { description: 'ISO date' })
  dueDate: string;

  @Field(() => ActionItemStatusEnum)
  status: ActionItemStatus;

  @Field(() => ActionItemKindEnum)
  kind: ActionItemKind;

  @Field(() => CommitmentPartyEnum, { nullable: true })
  committedBy: CommitmentParty | null;

  @Field(() => Date, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The owner's latest progress note" })
  progressNote: string | null;

  @Field(() => Date, { nullable: true })
  progressNoteAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  ownerId: string | null;
  committedByPartnerId: string | null;
}

@ObjectType({ description: "One of the owner's progress notes on an action item" })
export class ActionItemProgressReport {
  @Field(() => ID)
  id: string;

  @Field()
  note: string;

  @Field(() => Date)
  at: Date;

  authorId: string | null;
}

@ObjectType({ description: 'What the caller may do with an action item now' })
export class ActionItemPermissions {
  @Field({ description: 'Mark it done (the owner or a manager, while open)' })
  complete: boolean;

  @Field({ description: 'Add a progress note (the owner or a manager, while open)' })
  reportProgress: boolean;

  @Field({ description: 'Change or cancel it (a manager, while open)' })
  manage: boolean;
}
