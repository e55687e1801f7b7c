import { graphql } from '@doorbraak/web-data-access';

export const WithdrawMutation = graphql(`
  mutation Withdraw($itemId: ID!, $reason: String) {
    withdraw(itemId: $itemId, reason: $reason) {
      __typename
    }
  }
`);
