import { graphql } from '@doorbraak/web-data-access';

// The answer updates the dossier in the cache: its status, when it was accepted and what may be done now.
export const AcceptDossierMutation = graphql(`
  mutation AcceptDossier($id: ID!) {
    acceptDossier(id: $id) {
      id
      status
      acceptedAt
      viewerCan {
        accept
        addNote
        close
      }
    }
  }
`);
