import { graphql } from '@doorbraak/web-data-access';

export const AcknowledgeDossierMutation = graphql(`
  mutation AcknowledgeDossier($id: ID!, $note: String) {
    acknowledgeDossier(id: $id, note: $note) {
      id
    }
  }
`);
