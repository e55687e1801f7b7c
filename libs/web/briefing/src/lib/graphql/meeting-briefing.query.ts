import { graphql } from '@doorbraak/web-data-access';

export const MeetingBriefingQuery = graphql(`
  query BriefingPage($meetingId: ID!) {
    meetingBriefing(meetingId: $meetingId) {
      from
      to
      preparedAt
      meeting {
        id
        title
        type
        scheduledAt
        location
      }
      alliance {
        id
        name
        slug
      }
      previousMeeting {
        id
        title
        scheduledAt
      }
      listLimit
      totals {
        newVastlopers
        escalated
        deEscalated
        stalledAtTop
        answerOverdue
        doorbrakenAchieved
        overdueActionItems
        openCommitments
        noUpdate
      }
      newVastlopers {
        ...BriefingItemRef
      }
      escalated {
        ...BriefingMoveFields
      }
      deEscalated {
        ...BriefingMoveFields
      }
      stalledAtTop {
        ...BriefingItemRef
      }
      answerOverdue {
        ...BriefingItemRef
      }
      doorbrakenAchieved {
        id
        title
        impact
        achievedAt
        achievedAtRung
      }
      decisionsNeeded {
        id
        position
        title
        kind
        noUpdate
        item {
          ...BriefingItemRef
        }
      }
      overdueActionItems {
        ...BriefingActionItem
      }
      openCommitments {
        ...BriefingActionItem
      }
      noUpdate {
        title
        ownerName
        source
        vastloperId
        doorbraakId
        actionItemId
      }
      figures {
        actielijn
        openVastlopers
        newVastlopers
        resolvedVastlopers
        escalated
        deEscalated
        doorbrakenAchieved
      }
    }
  }
`);
