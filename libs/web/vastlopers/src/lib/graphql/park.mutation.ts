import { graphql } from '@doorbraak/web-data-access';

export const ParkMutation = graphql(`
  mutation Park($id: ID!, $until: DateTime!, $reason: String!) {
    park(id: $id, until: $until, reason: $reason) {
      id
    }
  }
`);
