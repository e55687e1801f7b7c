import { graphql } from '@doorbraak/web-data-access';

export const AcknowledgeVastloperMutation = graphql(`
  mutation AcknowledgeVastloper($id: ID!, $note: String) {
    acknowledgeVastloper(id: $id, note: $note) {
      id
    }
  }
`);
