import { graphql } from '@doorbraak/web-data-access';

export const MarkHeldMutation = graphql(`
  mutation MeetingModeMarkMeetingHeld($meetingId: ID!) {
    markMeetingHeld(meetingId: $meetingId) {
      id
      status
      viewerCan {
        takeMinutes
        recordDecision
        createActionItem
        carryOver
        markHeld
        approveMinutes
      }
    }
  }
`);
