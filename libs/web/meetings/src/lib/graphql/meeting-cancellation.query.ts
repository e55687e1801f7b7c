import { graphql } from '@doorbraak/web-data-access';

// What cancelling would do: which escalated items the agenda holds, and where they would go.
export const MeetingCancellationQuery = graphql(`
  query MeetingCancellation($id: ID!) {
    meeting(id: $id) {
      id
      agenda {
        id
        title
        source
        kind
      }
      escalationsMoveTo {
        id
        title
        scheduledAt
      }
    }
  }
`);
