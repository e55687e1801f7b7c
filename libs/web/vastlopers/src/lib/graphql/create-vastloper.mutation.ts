import { graphql } from '@doorbraak/web-data-access';

export const CreateVastloperMutation = graphql(`
  mutation CreateVastloper($input: CreateVastloperInput!) {
    createVastloper(input: $input) {
      id
    }
  }
`);
