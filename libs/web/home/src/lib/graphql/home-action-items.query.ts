import { graphql } from '@doorbraak/web-data-access';

export const HomeActionItemsQuery = graphql(`
  query HomeActionItems($filter: ActionItemFilter, $first: Int, $after: String) {
    actionItems(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          description
          dueDate
          overdue
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
