import { graphql } from '@doorbraak/web-data-access';

export const AcknowledgeItemMutation = graphql(`
  mutation AcknowledgeItem($itemId: ID!) {
    acknowledge(itemId: $itemId) {
      __typename
    }
  }
`);
