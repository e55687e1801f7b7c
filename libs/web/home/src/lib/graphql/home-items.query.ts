import { graphql } from '@doorbraak/web-data-access';

// The open items the start page groups per role (at most 100, newest first).
export const HomeItemsQuery = graphql(`
  query HomeItems($filter: VastloperFilter) {
    vastlopers(filter: $filter, first: 100) {
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
