import { graphql } from '@doorbraak/web-data-access';

export const AcknowledgeMutation = graphql(`
  mutation Acknowledge($itemId: ID!) {
    acknowledge(itemId: $itemId) {
      __typename
    }
  }
`);
