import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, RequestId, type AuthenticatedActor } from '@doorbraak/server-core';
import { CalendarFeed } from '../graphql/meeting.model';
import { CalendarService, type CalendarFeedState } from './calendar.service';

// Everyone manages only their own feed.
@Resolver(() => CalendarFeed)
export class CalendarResolver {
  constructor(private readonly calendars: CalendarService) {}

  @Query(() => CalendarFeed, { description: "The caller's private calendar feed of their meetings" })
  calendarFeed(@CurrentActor() actor: AuthenticatedActor): Promise<CalendarFeedState> {
    return this.calendars.state(actor);
  }

  @Mutation(() => CalendarFeed, { description: 'A new private feed address (the old one stops working); shown only now' })
  createCalendarFeed(@CurrentActor() actor: AuthenticatedActor, @RequestId() requestId: string | null): Promise<CalendarFeedState> {
    return this.calendars.create(actor, requestId, new Date());
  }

  @Mutation(() => Boolean, { description: 'Stops the private feed; answers whether there was one' })
  revokeCalendarFeed(@CurrentActor() actor: AuthenticatedActor, @RequestId() requestId: string | null): Promise<boolean> {
    return this.calendars.revoke(actor, requestId, new Date());
  }
}
