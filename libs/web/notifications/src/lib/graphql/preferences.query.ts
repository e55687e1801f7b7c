import { graphql } from '@doorbraak/web-data-access';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
    }
  }
`);
