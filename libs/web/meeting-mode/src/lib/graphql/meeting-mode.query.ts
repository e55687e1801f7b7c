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
        ...AgendaItemFields
        minute
        carriedOverTo {
          id
          meeting {
            id
            title
            scheduledAt
          }
        }
        item {
          id
          rung
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
