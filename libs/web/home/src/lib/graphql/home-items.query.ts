import { graphql } from '@doorbraak/web-data-access';

// The open items the start page groups per role (at most 50, newest first: the API caps a query's cost).
export const HomeItemsQuery = graphql(`
  query HomeItems($filter: VastloperFilter) {
    vastlopers(filter: $filter, first: 50) {
      totalCount
      edges {
        node {
          id
          title
          rung
          status
          stalled
          overdueAtTop
          earlyWarningAt
          rungEnteredAt
          alliance {
            id
            name
            slug
          }
          owner {
            id
          }
          viewerCan {
            acknowledge
          }
        }
      }
    }
  }
`);
