import { graphql } from '@doorbraak/web-data-access';

export const WithdrawPriorityVoteMutation = graphql(`
  mutation WithdrawPriorityVote($meetingId: ID!, $dossierId: ID, $vastloperId: ID) {
    withdrawPriorityVote(meetingId: $meetingId, dossierId: $dossierId, vastloperId: $vastloperId, votes: 1) {
      ...ComposerFields
    }
  }
`);
