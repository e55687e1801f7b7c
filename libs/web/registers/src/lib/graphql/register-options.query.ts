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

export const RegisterMeetingsQuery = graphql(`
  query RegisterMeetings($filter: MeetingFilter) {
    meetings(filter: $filter) {
      id
      title
      scheduledAt
    }
  }
`);
