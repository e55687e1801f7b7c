import { graphql } from '@doorbraak/web-data-access';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!, $first: Int, $after: String) {
    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      edges {
        cursor
        node {
          id
          kind
          message
          link
          createdAt
          readAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
