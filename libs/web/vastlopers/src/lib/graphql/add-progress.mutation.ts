import { graphql } from '@doorbraak/web-data-access';

export const AddProgressMutation = graphql(`
  mutation AddProgress($itemId: ID!, $text: String!) {
    addProgress(itemId: $itemId, text: $text) {
      id
    }
  }
`);
