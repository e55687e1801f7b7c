import { graphql } from '@doorbraak/web-data-access';

// One page of the dossiers the caller may read, newest first, with what each row shows.
export const DossiersQuery = graphql(`
  query Dossiers($filter: DossierFilter, $first: Int, $after: String) {
    dossiers(filter: $filter, first: $first, after: $after) {
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
          status
          owningMinistry
          createdAt
          hiddenVastloperCount
          vastlopers {
            id
            alliance {
              id
            }
          }
        }
      }
    }
  }
`);
