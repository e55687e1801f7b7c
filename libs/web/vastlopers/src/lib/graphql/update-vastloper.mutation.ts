import { graphql } from '@doorbraak/web-data-access';

export const UpdateVastloperMutation = graphql(`
  mutation UpdateVastloper($input: UpdateVastloperInput!) {
    updateVastloper(input: $input) {
      id
      title
      description
      legalReference
    }
  }
`);
