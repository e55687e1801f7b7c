import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { answerFlag, type AnswerFlag } from '@doorbraak/domain';
import type { GraphqlContext } from '@doorbraak/server-core';
import { AnswerFlagEnum } from '@doorbraak/server-escalation';
import { MeetingsLoaders } from '../meetings.loaders';
import { MeetingItemRef } from './meeting.model';

@Resolver(() => MeetingItemRef)
export class MeetingItemRefResolver {
  constructor(private readonly loaders: MeetingsLoaders) {}

  // The same flag as Vastloper.answerTime, on every agenda and briefing line (doorbraken are never at a ministry).
  @ResolveField(() => AnswerFlagEnum, { description: 'Whether the ministry is late with the item it lies with; NONE otherwise' })
  async answerFlag(@Parent() ref: MeetingItemRef, @Context() context: GraphqlContext): Promise<AnswerFlag> {
    if (ref.kind !== 'VASTLOPER') {
      return 'NONE';
    }
    const clock = await this.loaders.openAnswerClock(context).load(ref.id);
    return clock ? answerFlag(clock, new Date()) : 'NONE';
  }
}
