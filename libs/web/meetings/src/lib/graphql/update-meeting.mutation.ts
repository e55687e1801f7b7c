import { graphql } from '@doorbraak/web-data-access';

export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: UpdateMeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      scheduledAt
      durationMinutes
      status
      viewerCan {
        manage
      }
    }
  }
`);
