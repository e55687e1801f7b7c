import { graphql } from '@doorbraak/web-data-access';

export const DismissSimilarMatchMutation = graphql(`
  mutation DismissSimilarMatch($vastloperId: ID!, $similarId: ID!) {
    dismissSimilarMatch(vastloperId: $vastloperId, similarId: $similarId) {
      dismissed
    }
  }
`);
