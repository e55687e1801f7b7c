import { graphql } from '@doorbraak/web-data-access';

export const HomeMeetingsQuery = graphql(`
  query HomeMeetings($filter: MeetingFilter) {
    meetings(filter: $filter, first: 1) {
      edges {
        node {
          id
          title
          scheduledAt
          status
          location
        }
      }
    }
  }
`);
