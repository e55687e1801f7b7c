import { graphql } from '@doorbraak/web-data-access';

export const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($meetingId: ID!, $reason: String) {
    cancelMeeting(meetingId: $meetingId, reason: $reason) {
      id
      status
      cancellationReason
      viewerCan {
        manage
      }
    }
  }
`);
