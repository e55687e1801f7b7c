import { graphql } from '@doorbraak/web-data-access';

export const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      active
      createdAt
    }
  }
`);
