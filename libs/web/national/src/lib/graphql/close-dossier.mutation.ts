import { graphql } from '@doorbraak/web-data-access';

export const CloseDossierMutation = graphql(`
  mutation CloseDossier($id: ID!, $outcome: DossierOutcome!, $text: String) {
    closeDossier(id: $id, outcome: $outcome, text: $text) {
      id
    }
  }
`);
