import { graphql } from '@doorbraak/web-data-access';

export const SimilarityTriageQuery = graphql(`
  query SimilarityTriage($filter: SimilarityTriageFilter, $first: Int, $after: String, $matches: Int) {
    similarityTriage(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          confidential
          createdAt
          alliance {
            id
            name
          }
          dossier {
            id
            title
          }
          similar(first: $matches) {
            ...SimilarMatch
          }
        }
      }
    }
  }
`);
