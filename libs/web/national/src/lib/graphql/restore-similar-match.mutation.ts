import { graphql } from '@doorbraak/web-data-access';

export const RestoreSimilarMatchMutation = graphql(`
  mutation RestoreSimilarMatch($vastloperId: ID!, $similarId: ID!) {
    restoreSimilarMatch(vastloperId: $vastloperId, similarId: $similarId) {
      dismissed
    }
  }
`);
