import { graphql } from '@doorbraak/web-data-access';

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($meetingId: ID!, $input: AddAgendaItemInput!) {
    addAgendaItem(meetingId: $meetingId, input: $input) {
      ...AgendaItemFields
    }
  }
`);
