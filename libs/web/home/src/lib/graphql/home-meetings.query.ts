import { graphql } from '@doorbraak/web-data-access';

export const HomeMeetingsQuery = graphql(`
  query HomeMeetings($filter: MeetingFilter) {
    meetings(filter: $filter) {
      id
      title
      scheduledAt
      status
      location
    }
  }
`);
