import { graphql } from '@doorbraak/web-data-access';

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed {
      active
      createdAt
      url
    }
  }
`);
