import { graphql } from '@doorbraak/web-data-access';

// Upcoming (from now, soonest first) or past (up to now, latest first) meetings, or one month of the calendar.
export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter) {
    meetings(filter: $filter) {
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
`);
