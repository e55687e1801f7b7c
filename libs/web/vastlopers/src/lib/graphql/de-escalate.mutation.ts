import { graphql } from '@doorbraak/web-data-access';

export const DeEscalateMutation = graphql(`
  mutation DeEscalate($itemId: ID!, $reason: String!) {
    deEscalate(itemId: $itemId, reason: $reason) {
      __typename
    }
  }
`);
