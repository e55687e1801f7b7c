import { graphql } from '@doorbraak/web-data-access';

// The alliances to filter on: those the caller may read.
export const TriageAlliancesQuery = graphql(`
  query TriageAlliances {
    alliances {
      id
      name
    }
  }
`);
