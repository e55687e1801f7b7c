import { graphql } from '@doorbraak/web-data-access';

export const UnparkMutation = graphql(`
  mutation Unpark($id: ID!) {
    unpark(id: $id) {
      id
    }
  }
`);
