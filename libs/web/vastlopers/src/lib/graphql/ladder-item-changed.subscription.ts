import { graphql } from '@doorbraak/web-data-access';

// The item comes along, so a card already on screen moves at once (the cache is normalised on id).
export const LadderItemChangedSubscription = graphql(`
  subscription LadderItemChanged {
    ladderItemChanged {
      itemType
      itemId
      toRung
      item {
        ... on Vastloper {
          id
          rung
          status
          rungEnteredAt
        }
        ... on Doorbraak {
          id
          doorbraakRung: rung
          doorbraakStatus: status
        }
      }
    }
  }
`);
