import { graphql } from '@doorbraak/web-data-access';

// The next page of a doorbraak's agenda appearances ("Meer tonen" under it).
export const DoorbraakAgendaQuery = graphql(`
  query DoorbraakAgenda($id: ID!, $after: String) {
    doorbraak(id: $id) {
      id
      agendaItems(after: $after) {
        ...AgendaAppearancePage
      }
    }
  }
`);
