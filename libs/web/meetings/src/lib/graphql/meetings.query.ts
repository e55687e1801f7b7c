import { graphql } from '@doorbraak/web-data-access';

// Upcoming (from now, soonest first) or past (up to now, latest first) meetings, or one month of the calendar,
// a page at a time.
export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter, $first: Int, $after: String) {
    meetings(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          type
          status
          scheduledAt
          durationMinutes
          location
          cancellationReason
          alliance {
            id
            name
          }
          viewerCan {
            manage
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
