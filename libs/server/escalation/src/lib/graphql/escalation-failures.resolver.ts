import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { TEXT_RULES } from '@doorbraak/domain';
import { connectionTypes, CurrentActor, CurrentCaller, TextArg, toConnection, type AuthenticatedActor, type Caller, type ConnectionOf } from '@doorbraak/server-core';
import { EscalationFailuresService, type EscalationFailureRow } from '../failures/escalation-failures.service';
import { EscalationFailure } from './escalation-failure.model';

export const { Connection: EscalationFailureConnection, ConnectionCountResolver: EscalationFailureConnectionResolver } = connectionTypes(
  EscalationFailure,
  'EscalationFailure',
);

@Resolver(() => EscalationFailure)
export class EscalationFailuresResolver {
  constructor(private readonly failures: EscalationFailuresService) {}

  @Query(() => EscalationFailureConnection, { description: 'Escalation jobs that failed for good, newest first, a page at a time (administrators)' })
  async escalationFailures(
    @CurrentActor() actor: AuthenticatedActor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @TextArg('after', TEXT_RULES.token, { nullable: true }) after: string | null,
  ): Promise<ConnectionOf<EscalationFailureRow>> {
    return toConnection(await this.failures.list(actor, first, after));
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
