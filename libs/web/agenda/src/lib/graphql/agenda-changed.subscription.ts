import { graphql } from '@doorbraak/web-data-access';

// The meeting comes along as the page shows it, so the agenda on screen changes at once.
export const AgendaChangedSubscription = graphql(`
  subscription AgendaChanged($meetingId: ID!) {
    agendaChanged(meetingId: $meetingId) {
      kind
      agendaItemId
      actor {
        id
        name
      }
      meeting {
        ...MeetingAgenda
      }
    }
  }
`);
