import { graphql } from '@doorbraak/web-data-access';

// A page of an item's progress notes, newest first, as ItemHistory shows them.
export const ProgressUpdatePageFragment = graphql(`
  fragment ProgressUpdatePage on ProgressUpdateConnection {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        id
        at
        text
        author {
          id
          name
        }
      }
    }
  }
`);

// A page of the agenda items an item appears on, by meeting date, as ItemHistory shows them.
export const AgendaAppearancePageFragment = graphql(`
  fragment AgendaAppearancePage on AgendaAppearanceConnection {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        agendaItemId
        meetingId
        meetingTitle
        scheduledAt
        title
        meetingStatus
      }
    }
  }
`);
