import { graphql } from '@doorbraak/web-data-access';

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($id: ID!, $input: UpdateAgendaItemInput!) {
    updateAgendaItem(id: $id, input: $input) {
      ...AgendaItemFields
    }
  }
`);
