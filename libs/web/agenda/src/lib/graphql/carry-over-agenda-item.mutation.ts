import { graphql } from '@doorbraak/web-data-access';

export const CarryOverAgendaItemMutation = graphql(`
  mutation CarryOverAgendaItem($id: ID!) {
    carryOverAgendaItem(id: $id) {
      id
      meetingId
    }
  }
`);
