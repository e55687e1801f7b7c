import { graphql } from '@doorbraak/web-data-access';

// The ladder's commands on either kind of item; the page refetches the item afterwards.
export const EscalateMutation = graphql(`
  mutation Escalate($itemId: ID!, $reason: String!) {
    escalate(itemId: $itemId, reason: $reason) {
      __typename
    }
  }
`);
