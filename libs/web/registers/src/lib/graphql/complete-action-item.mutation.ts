import { graphql } from '@doorbraak/web-data-access';

export const CompleteActionItemMutation = graphql(`
  mutation RegisterCompleteActionItem($id: ID!) {
    completeActionItem(id: $id) {
      ...RegisterActionItem
    }
  }
`);
