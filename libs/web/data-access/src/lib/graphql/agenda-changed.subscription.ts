import { graphql } from '../generated';

// Only what changed and who changed it: the agenda and meeting mode read what they show afresh (the
// whole meeting would go past the API's depth limit for one document).
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
