import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentActor, CurrentCaller, type AuthenticatedActor, type Caller } from '@doorbraak/server-core';
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
  createCalendarFeed(@CurrentCaller() caller: Caller): Promise<CalendarFeedState> {
    return this.calendars.create(caller);
  }

  @Mutation(() => Boolean, { description: 'Stops the private feed; answers whether there was one' })
  revokeCalendarFeed(@CurrentCaller() caller: Caller): Promise<boolean> {
    return this.calendars.revoke(caller);
  }
}
