import { graphql } from '@doorbraak/web-data-access';

export const DoorbrakenQuery = graphql(`
  query Doorbraken($filter: DoorbraakFilter, $first: Int, $after: String) {
    doorbraken(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          title
          status
          kind
          rung
          stalled
          impact
          rungEnteredAt
          alliance {
            id
            name
            slug
          }
          viewerCan {
            escalate
            deEscalate
            acknowledge
          }
        }
      }
    }
  }
`);
