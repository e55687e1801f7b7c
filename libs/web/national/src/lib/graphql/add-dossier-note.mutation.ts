import { graphql } from '@doorbraak/web-data-access';

export const AddDossierNoteMutation = graphql(`
  mutation AddDossierNote($dossierId: ID!, $kind: DossierNoteKind!, $text: String!) {
    addDossierNote(dossierId: $dossierId, kind: $kind, text: $text) {
      id
    }
  }
`);
