import { graphql } from '@doorbraak/web-data-access';

export const ActionItemsQuery = graphql(`
  query RegisterActionItems($filter: ActionItemFilter, $first: Int, $after: String) {
    actionItems(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...RegisterActionItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
