import { graphql } from '@doorbraak/web-data-access';

export const VastlopersQuery = graphql(`
  query Vastlopers($filter: VastloperFilter, $first: Int, $after: String) {
    vastlopers(filter: $filter, first: $first, after: $after) {
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
