import { graphql } from '@doorbraak/web-data-access';

// What a row of the composer shows, and what the votes change.
export const ComposerFieldsFragment = graphql(`
  fragment ComposerFields on Composer {
    id
    meetingTitle
    scheduledAt
    votesPerPerson
    myVotesLeft
    canVote
    canCompose
    votingOpen
    votingClosesAt
    candidates {
      id
      kind
      rank
      score
      votes
      myVotes
      alreadyOnAgenda
      reasons {
        factor
        value
        points
      }
      dossier {
        id
        title
        owningMinistry
      }
      vastloper {
        id
        title
        rung
        owningMinistry
        alliance {
          id
          name
        }
      }
    }
  }
`);
