import { graphql } from '@doorbraak/web-data-access';

export const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($id: ID!) {
    removeAgendaItem(id: $id) {
      ...MeetingAgenda
    }
  }
`);
