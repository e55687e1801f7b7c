import { graphql } from '@doorbraak/web-data-access';

// The meetings context's own agenda API; the composer is read again afterwards to mark the candidate.
export const AddCandidateToAgendaMutation = graphql(`
  mutation AddCandidateToAgenda($meetingId: ID!, $input: AddAgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);
