import { graphql } from '@doorbraak/web-data-access';

export const ApproveMinutesMutation = graphql(`
  mutation MeetingModeApproveMinutes($meetingId: ID!) {
    approveMinutes(meetingId: $meetingId) {
      id
      status
      minutesApprovedAt
    }
  }
`);
