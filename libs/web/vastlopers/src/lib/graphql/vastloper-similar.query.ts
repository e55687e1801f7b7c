import { graphql } from '@doorbraak/web-data-access';

export const VastloperSimilarQuery = graphql(`
  query VastloperSimilar($id: ID!) {
    vastloper(id: $id) {
      id
      similar(first: 5) {
        ...SimilarMatch
      }
    }
  }
`);
