import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumObject, PRIORITY_FACTORS, type PriorityFactor } from '@doorbraak/domain';
import { Dossier } from '@doorbraak/server-dossiers';
import type { DossierEntity, VastloperEntity } from '@doorbraak/server-data';
import { Vastloper } from '@doorbraak/server-vastlopers';

export const COMPOSER_CANDIDATE_KINDS = ['DOSSIER', 'VASTLOPER'] as const;
export type ComposerCandidateKind = (typeof COMPOSER_CANDIDATE_KINDS)[number];

export const PriorityFactorEnum = enumObject(PRIORITY_FACTORS);
export const ComposerCandidateKindEnum = enumObject(COMPOSER_CANDIDATE_KINDS);

registerEnumType(PriorityFactorEnum, {
  name: 'PriorityFactor',
  description: 'A part of the doorbraakoverleg ranking: alliances affected, their inhabitants, working days stuck, escalations, unanswered ministries, votes',
});
registerEnumType(ComposerCandidateKindEnum, { name: 'ComposerCandidateKind' });

@ObjectType({ description: 'One part of a candidate’s score: the factor, its value and the points it gives' })
export class PriorityReason {
  @Field(() => PriorityFactorEnum)
  factor: PriorityFactor;

  @Field(() => Float, { description: 'Alliances, inhabitants, working days, escalations, ministries or votes' })
  value: number;

  @Field(() => Float)
  points: number;
}

@ObjectType({ description: 'A dossier or vastloper that may go on the doorbraakoverleg agenda, with its place in the ranking' })
export class ComposerCandidate {
  @Field(() => ID, { description: 'The id of the dossier or vastloper' })
  id: string;

  @Field(() => ComposerCandidateKindEnum)
  kind: ComposerCandidateKind;

  @Field(() => Dossier, { nullable: true })
  dossier: DossierEntity | null;

  @Field(() => Vastloper, { nullable: true })
  vastloper: VastloperEntity | null;

  @Field(() => Int, { description: '1 for the highest score' })
  rank: number;

  @Field(() => Float)
  score: number;

  @Field(() => [PriorityReason], { description: 'Every part of the formula with its value, so a person sees why' })
  reasons: PriorityReason[];

  @Field(() => Int, { description: 'All votes on it for this meeting' })
  votes: number;

  @Field(() => Int, { description: 'The caller’s own votes on it' })
  myVotes: number;

  @Field({ description: 'Whether the meeting’s agenda already has an item about it' })
  alreadyOnAgenda: boolean;
}

@ObjectType({ description: 'The agenda composer of one DOORBRAAKOVERLEG meeting, over what the caller may read' })
export class Composer {
  @Field(() => ID, { description: 'The meeting’s id' })
  id: string;

  @Field()
  meetingTitle: string;

  @Field(() => Date)
  scheduledAt: Date;

  @Field(() => [ComposerCandidate], { description: 'Highest score first' })
  candidates: ComposerCandidate[];

  @Field(() => Int, { description: 'Votes every rijksvertegenwoordiger has for one meeting' })
  votesPerPerson: number;

  @Field(() => Int, { description: 'The caller’s votes still to give (0 for who does not vote)' })
  myVotesLeft: number;

  @Field({ description: 'Whether the caller votes (a rijksvertegenwoordiger) and voting is still open' })
  canVote: boolean;

  @Field({ description: 'Whether the caller puts candidates on the agenda (the national coordinator, while it can be edited)' })
  canCompose: boolean;

  @Field()
  votingOpen: boolean;

  @Field(() => Date, {
    description: 'Voting closes when the agenda is published, and at the latest at this moment (48 hours before the meeting)',
  })
  votingClosesAt: Date;
}
