import { graphql } from '@doorbraak/web-data-access';

export const DecisionRegisterQuery = graphql(`
  query DecisionRegister($filter: DecisionRegisterFilter, $first: Int!) {
    decisionRegister(filter: $filter, first: $first) {
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
`);
