import { graphql } from '@doorbraak/web-data-access';

export const DecisionRegisterQuery = graphql(`
  query DecisionRegister($filter: DecisionRegisterFilter, $first: Int!, $after: String) {
    decisionRegister(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          text
          outcome
          reviewDate
          reviewAgendaItemId
          createdAt
          meeting {
            id
            title
            type
            scheduledAt
          }
          alliance {
            id
            name
          }
          item {
            id
            kind
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
