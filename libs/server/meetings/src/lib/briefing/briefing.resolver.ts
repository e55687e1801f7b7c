import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, type AuthenticatedActor } from '@doorbraak/server-core';
import { MeetingBriefing } from './briefing.model';
import { BriefingService } from './briefing.service';

@Resolver(() => MeetingBriefing)
export class BriefingResolver {
  constructor(private readonly briefings: BriefingService) {}

  @Query(() => MeetingBriefing, {
    description: "The mayor's briefing for an alliance meeting: what changed since the previous meeting. As a PDF: GET /meetings/:id/briefing.pdf",
  })
  meetingBriefing(@CurrentActor() actor: AuthenticatedActor, @Args('meetingId', { type: () => ID }) meetingId: string): Promise<MeetingBriefing> {
    return this.briefings.briefing(actor, meetingId, new Date());
  }
}
