import { graphql } from '@doorbraak/web-data-access';

// The next page of a doorbraak's progress notes ("Meer tonen" under it).
export const DoorbraakProgressQuery = graphql(`
  query DoorbraakProgress($id: ID!, $after: String) {
    doorbraak(id: $id) {
      id
      progressUpdates(after: $after) {
        ...ProgressUpdatePage
      }
    }
  }
`);
