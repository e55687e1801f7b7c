import { graphql } from '@doorbraak/web-data-access';

export const ActionItemQuery = graphql(`
  query RegisterActionItemDetail($id: ID!) {
    actionItem(id: $id) {
      ...RegisterActionItem
      createdAt
      committedByPartner {
        id
        name
      }
      meeting {
        id
        title
        scheduledAt
      }
      progressReports {
        id
        note
        at
        author {
          id
          name
        }
      }
    }
  }
`);
