import { graphql } from '@doorbraak/web-data-access';

// Only what changed and who changed it: the page reads the agenda afresh (the whole meeting would go past
// the API's depth limit for one document).
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
        id
        status
      }
    }
  }
`);
