import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { DossierNoteKind, DossierOutcome, DossierStatus, EscalationRung, MembershipJoin, MembershipLeave, Ministry, Remedy } from '@doorbraak/domain';
import { MinistryEnum } from '@doorbraak/server-alliances';
import { EscalationRungEnum } from '@doorbraak/server-escalation';
import { ItemPageInfo } from '@doorbraak/server-core';
import { RemedyEnum } from '@doorbraak/server-vastlopers';
import type { DossierTimelineKind } from '../dossier-timeline';
import { DossierNoteKindEnum, DossierOutcomeEnum, DossierStatusEnum, DossierTimelineKindEnum, MembershipJoinEnum, MembershipLeaveEnum } from './enums';

@ObjectType({ description: 'A national case (landelijk dossier) bundling vastlopers of several alliances on one cause' })
export class Dossier {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'The one cause behind the vastlopers it carries' })
  cause: string;

  @Field(() => String, { nullable: true, description: 'Law and article, such as "Participatiewet art. 31"' })
  legalReference: string | null;

  @Field(() => MinistryEnum)
  owningMinistry: Ministry;

  @Field(() => RemedyEnum, { nullable: true })
  remedy: Remedy | null;

  @Field(() => DossierStatusEnum)
  status: DossierStatus;

  @Field(() => DossierOutcomeEnum, { nullable: true })
  outcome: DossierOutcome | null;

  @Field(() => String, { nullable: true, description: 'What the outcome means, in words' })
  outcomeText: string | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a national coordinator accepted the proposal (null for dossiers opened directly)' })
  acceptedAt: Date | null;

  @Field(() => EscalationRungEnum, { nullable: true, description: 'INTERDEPARTEMENTAAL once open, DOORBRAAKOVERLEG after a stall; null while proposed' })
  rung: EscalationRung | null;

  @Field(() => Date, { nullable: true })
  rungEnteredAt: Date | null;

  @Field(() => Date, { description: 'The last real progress: a progress note or a decision' })
  lastProgressAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it stalls at its rung without progress' })
  nextEscalationAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it stalled at the top rung' })
  overdueAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

@ObjectType({ description: 'A meeting with the dossier on its agenda' })
export class DossierMeeting {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Date)
  scheduledAt: Date;
}

@ObjectType({ description: 'Another dossier in a lineage (merged into, split from): its id and title' })
export class DossierLink {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;
}

@ObjectType({ description: 'One stay of a vastloper in a dossier; leaving ends it, it is never overwritten' })
export class DossierMember {
  @Field(() => ID)
  id: string;

  @Field(() => Date)
  joinedAt: Date;

  @Field(() => MembershipJoinEnum)
  joinedVia: MembershipJoin;

  @Field(() => String, { nullable: true })
  joinReason: string | null;

  @Field(() => Date, { nullable: true, description: 'Null while the dossier carries it' })
  leftAt: Date | null;

  @Field(() => MembershipLeaveEnum, { nullable: true })
  leftVia: MembershipLeave | null;

  @Field(() => String, { nullable: true })
  leaveReason: string | null;
}

@ObjectType({ description: 'Progress, a decision or the outcome of a dossier' })
export class DossierNote {
  @Field(() => ID)
  id: string;

  @Field(() => DossierNoteKindEnum)
  kind: DossierNoteKind;

  @Field()
  text: string;

  @Field(() => Date)
  at: Date;
}

@ObjectType({ description: 'What the caller may do with this dossier now: the role policy and the dossier’s state together' })
export class DossierPermissions {
  @Field({ description: 'Accept a proposed dossier' })
  accept: boolean;

  @Field({ description: 'Add and remove vastlopers, merge, split' })
  manageVastlopers: boolean;

  @Field()
  addNote: boolean;

  @Field()
  close: boolean;

  @Field({ description: 'Acknowledge for the ministry (acknowledgeDossier): its owner there or a national coordinator, while nothing was acknowledged' })
  acknowledgeForMinistry: boolean;

  @Field({ description: "Give the ministry's answer (answerDossier): its owner there or a national coordinator, while nothing was answered" })
  answerForMinistry: boolean;
}

@ObjectType({ description: 'One entry of a vastloper’s dossier timeline: it joined or left a dossier, or the dossier moved while it was carried' })
export class DossierTimelineEntry {
  @Field(() => DossierTimelineKindEnum)
  kind: DossierTimelineKind;

  @Field(() => Date)
  at: Date;

  @Field(() => DossierLink)
  dossier: DossierLink;

  @Field(() => String, { nullable: true, description: 'JOINED: how it came in (DossierMembershipJoin); LEFT: how it left (DossierMembershipLeave)' })
  via: string | null;

  @Field(() => String, { nullable: true, description: 'The reason it joined or left, or the text of the note' })
  text: string | null;

  @Field(() => DossierLink, { nullable: true, description: 'The dossier it came from (JOINED) or went to (LEFT) by a merge or split' })
  otherDossier: DossierLink | null;

  actorId: string | null;
}

@ObjectType()
export class DossierEdge {
  @Field()
  cursor: string;

  @Field(() => Dossier)
  node: Dossier;
}

@ObjectType()
export class DossierConnection {
  @Field(() => [DossierEdge])
  edges: DossierEdge[];

  // Counted on demand, by DossierConnectionResolver.
  totalCount: () => Promise<number>;

  @Field(() => ItemPageInfo)
  pageInfo: ItemPageInfo;
}
