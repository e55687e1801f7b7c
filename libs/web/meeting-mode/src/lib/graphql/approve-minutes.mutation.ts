import { graphql } from '@doorbraak/web-data-access';

export const ApproveMinutesMutation = graphql(`
  mutation MeetingModeApproveMinutes($meetingId: ID!) {
    approveMinutes(meetingId: $meetingId) {
      id
      status
      minutesApprovedAt
      viewerCan {
        takeMinutes
        recordDecision
        createActionItem
        carryOver
        markHeld
        approveMinutes
      }
      minutesApprovedBy {
        id
        name
      }
      ownerCandidates {
        id
        name
        organisation
      }
    }
  }
`);
