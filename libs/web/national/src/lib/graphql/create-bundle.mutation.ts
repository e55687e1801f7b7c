import { graphql } from '@doorbraak/web-data-access';

// "Bundelen": a new national dossier with the item and the matches chosen.
export const CreateBundleMutation = graphql(`
  mutation CreateBundle($input: CreateDossierInput!) {
    createDossier(input: $input) {
      id
      title
    }
  }
`);
