import { graphql } from '@doorbraak/web-data-access';

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($id: ID!, $position: Int!) {
    moveAgendaItem(id: $id, position: $position) {
      ...MeetingAgenda
    }
  }
`);
