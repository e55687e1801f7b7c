import { graphql } from '@doorbraak/web-data-access';

// The next page of a vastloper's agenda appearances ("Meer tonen" under it).
export const VastloperAgendaQuery = graphql(`
  query VastloperAgenda($id: ID!, $after: String) {
    vastloper(id: $id) {
      id
      agendaItems(after: $after) {
        ...AgendaAppearancePage
      }
    }
  }
`);
