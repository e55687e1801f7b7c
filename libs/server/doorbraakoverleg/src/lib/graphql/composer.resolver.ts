import { Args, ArgsType, Field, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentCaller, type Caller } from '@doorbraak/server-core';
import { ComposerService } from '../composer.service';
import { PriorityVotesService } from '../priority-votes.service';
import { Composer } from './composer.model';

// Casting and withdrawing name their candidate and the number of votes the same way.
@ArgsType()
class PriorityVoteArgs {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true })
  dossierId!: string | null;

  @Field(() => ID, { nullable: true })
  vastloperId!: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1 })
  votes!: number;
}

@Resolver(() => Composer)
export class ComposerResolver {
  constructor(
    private readonly composer: ComposerService,
    private readonly votes: PriorityVotesService,
  ) {}

  @Query(() => Composer, {
    nullable: true,
    description:
      'The ranked candidates for a DOORBRAAKOVERLEG meeting, with the votes; without meetingId the next one not yet held (null when none is planned). ' +
      'Rijksvertegenwoordigers and national coordinators see the candidates they may read; for anyone else it is null.',
  })
  doorbraakoverlegComposer(@CurrentCaller() caller: Caller, @Args('meetingId', { type: () => ID, nullable: true }) meetingId: string | null): Promise<Composer | null> {
    return this.composer.composer(caller, meetingId);
  }

  @Mutation(() => Composer, { description: 'A rijksvertegenwoordiger puts votes on a dossier or a vastloper (give one of the two); answers the composer' })
  castPriorityVote(@CurrentCaller() caller: Caller, @Args() { meetingId, dossierId, vastloperId, votes }: PriorityVoteArgs): Promise<Composer> {
    return this.votes.cast(caller, meetingId, { dossierId, vastloperId }, votes);
  }

  @Mutation(() => Composer, { description: 'Takes votes back from a dossier or a vastloper while voting is open; answers the composer' })
  withdrawPriorityVote(@CurrentCaller() caller: Caller, @Args() { meetingId, dossierId, vastloperId, votes }: PriorityVoteArgs): Promise<Composer> {
    return this.votes.withdraw(caller, meetingId, { dossierId, vastloperId }, votes);
  }
}
