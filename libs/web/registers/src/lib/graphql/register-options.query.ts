import { graphql } from '@doorbraak/web-data-access';

// The choices of the register filters: the alliances the caller may read, and the meetings held.
export const RegisterAlliancesQuery = graphql(`
  query RegisterAlliances {
    alliances {
      id
      name
    }
  }
`);

// The meeting filter offers the most recent meetings, newest first.
export const RegisterMeetingsQuery = graphql(`
  query RegisterMeetings($filter: MeetingFilter) {
    meetings(filter: $filter, first: 100) {
      edges {
        node {
          id
          title
          scheduledAt
        }
      }
    }
  }
`);
