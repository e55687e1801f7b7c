import { graphql } from '@doorbraak/web-data-access';

// The answer is the whole composer again: the new ranking replaces the old in the cache.
export const CastPriorityVoteMutation = graphql(`
  mutation CastPriorityVote($meetingId: ID!, $dossierId: ID, $vastloperId: ID) {
    castPriorityVote(meetingId: $meetingId, dossierId: $dossierId, vastloperId: $vastloperId, votes: 1) {
      ...ComposerFields
    }
  }
`);
