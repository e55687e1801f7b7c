import { graphql } from '@doorbraak/web-data-access';

export const ActionItemsQuery = graphql(`
  query RegisterActionItems($filter: ActionItemFilter) {
    actionItems(filter: $filter) {
      ...RegisterActionItem
    }
  }
`);
