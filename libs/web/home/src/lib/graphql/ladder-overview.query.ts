import { graphql } from '@doorbraak/web-data-access';

// Counted by the API per alliance: the national start page never reads the items themselves.
export const LadderOverviewQuery = graphql(`
  query LadderOverview {
    ladderOverview {
      allianceId
      allianceName
      allianceSlug
      open
      stalled
      overdueAtTop
      perRung {
        rung
        count
      }
    }
  }
`);
