import { graphql } from '@doorbraak/web-data-access';

export const MeetingModeQuery = graphql(`
  query MeetingMode($id: ID!) {
    meeting(id: $id) {
      id
      title
      type
      status
      scheduledAt
      durationMinutes
      location
      minutes
      minutesApprovedAt
      minutesApprovedBy {
        id
        name
      }
      alliance {
        id
        name
        partners {
          id
          name
        }
      }
      viewerCan {
        takeMinutes
        recordDecision
        createActionItem
        carryOver
        markHeld
        approveMinutes
      }
      attendees {
        id
        present
        person {
          id
          name
          organisation
        }
        partner {
          id
          name
        }
      }
      agenda {
        id
        position
        title
        kind
        source
        minutesAllotted
        minute
        carriedOverFromId
        carriedOverTo {
          id
          meeting {
            id
            title
            scheduledAt
          }
        }
        presenter {
          id
          name
        }
        item {
          id
          kind
          title
          status
          rung
          confidential
        }
      }
      decisions {
        id
        agendaItemId
        text
        outcome
        createdAt
      }
      actionItems {
        id
        agendaItemId
        description
        dueDate
        kind
        status
        committedBy
        owner {
          id
          name
        }
        committedByPartner {
          id
          name
        }
      }
      ownerCandidates {
        id
        name
        organisation
      }
    }
  }
`);
