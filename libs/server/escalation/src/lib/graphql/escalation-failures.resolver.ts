import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, CurrentCaller, type AuthenticatedActor, type Caller } from '@doorbraak/server-core';
import { EscalationFailuresService, type EscalationFailureRow } from '../failures/escalation-failures.service';
import { EscalationFailure } from './escalation-failure.model';

@Resolver(() => EscalationFailure)
export class EscalationFailuresResolver {
  constructor(private readonly failures: EscalationFailuresService) {}

  @Query(() => [EscalationFailure], { description: 'Escalation jobs that failed for good, newest first (administrators)' })
  escalationFailures(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<EscalationFailureRow[]> {
    return this.failures.list(actor, first);
  }

  @Mutation(() => EscalationFailure, {
    description: 'Runs an escalation job that failed for good again, with fresh attempts; answers the failure as it was (administrators)',
  })
  retryEscalationFailure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: 'The jobId of the failure' }) id: string,
  ): Promise<EscalationFailureRow> {
    return this.failures.retry(caller, id);
  }

  @Mutation(() => EscalationFailure, {
    description:
      'Forgets an escalation job that failed for good; answers the failure as it was. An item that is still due is queued again by the next sweep (administrators)',
  })
  discardEscalationFailure(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID, description: 'The jobId of the failure' }) id: string,
  ): Promise<EscalationFailureRow> {
    return this.failures.discard(caller, id);
  }
}
