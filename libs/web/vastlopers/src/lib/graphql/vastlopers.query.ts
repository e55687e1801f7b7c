import { graphql } from '@doorbraak/web-data-access';

export const VastlopersQuery = graphql(`
  query Vastlopers($filter: VastloperFilter, $first: Int, $after: String, $orderBy: VastloperOrder) {
    vastlopers(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...VastloperSummary
        }
      }
    }
  }
`);
