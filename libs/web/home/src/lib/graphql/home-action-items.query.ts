import { graphql } from '@doorbraak/web-data-access';

export const HomeActionItemsQuery = graphql(`
  query HomeActionItems($filter: ActionItemFilter) {
    actionItems(filter: $filter) {
      id
      description
      dueDate
      overdue
      status
    }
  }
`);
