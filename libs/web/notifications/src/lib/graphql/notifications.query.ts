import { graphql } from '@doorbraak/web-data-access';

export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean!) {
    notifications(first: 50, unreadOnly: $unreadOnly) {
      id
      kind
      message
      link
      createdAt
      readAt
    }
  }
`);
