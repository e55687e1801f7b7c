import { graphql } from '@doorbraak/web-data-access';

// The next page of a vastloper's progress notes ("Meer tonen" under it).
export const VastloperProgressQuery = graphql(`
  query VastloperProgress($id: ID!, $after: String) {
    vastloper(id: $id) {
      id
      progressUpdates(after: $after) {
        ...ProgressUpdatePage
      }
    }
  }
`);
