import { graphql } from '@doorbraak/web-data-access';

// The alliances to choose from: those the caller may read.
export const DashboardAlliancesQuery = graphql(`
  query DashboardAlliances {
    alliances {
      id
      name
      slug
    }
  }
`);
