import { graphql } from '@doorbraak/web-data-access';

// Everything the agenda screen shows of a meeting: the page's query and the live updates select the same,
// so an update replaces what is on screen in the cache.
export const MeetingAgendaFragment = graphql(`
  fragment MeetingAgenda on Meeting {
    ...MeetingHeaderFields
    viewerCan {
      editAgenda
      publishAgenda
      carryOver
    }
    agenda {
      ...AgendaItemFields
    }
    agendaTime {
      totalMinutes
      meetingMinutes
      overrunMinutes
    }
    amendments {
      id
      change
      itemTitle
      position
      carriedOverFrom
      urgent
      agendaItemId
      createdAt
      actor {
        id
        name
      }
    }
    openCommitments {
      id
      description
      dueDate
      overdue
      status
      owner {
        id
        name
      }
      committedByPartner {
        id
        name
      }
    }
  }
`);
