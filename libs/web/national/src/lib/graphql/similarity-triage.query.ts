import { graphql } from '@doorbraak/web-data-access';

// The SimilarMatch fields spelled out: the fragment spread would count as one level more than the
// API's depth limit allows at this depth.

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
            score
            reasons {
              kind
              label
              values
            }
            vastloper {
              id
              title
              confidential
              alliance {
                id
                name
              }
              dossier {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`);
