import { graphql } from '@doorbraak/web-data-access';

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      id
      kind
    }
  }
`);
