import { graphql } from '@doorbraak/web-data-access';

export const CreateDoorbraakMutation = graphql(`
  mutation CreateDoorbraak($input: CreateDoorbraakInput!) {
    createDoorbraak(input: $input) {
      id
    }
  }
`);
