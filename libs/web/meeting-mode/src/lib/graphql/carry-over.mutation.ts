import { graphql } from '@doorbraak/web-data-access';

export const CarryOverMutation = graphql(`
  mutation MeetingModeCarryOverAgendaItem($id: ID!) {
    carryOverAgendaItem(id: $id) {
      id
      meeting {
        id
        title
        scheduledAt
      }
    }
  }
`);
