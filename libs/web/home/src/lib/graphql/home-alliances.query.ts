import { graphql } from '@doorbraak/web-data-access';

export const HomeAlliancesQuery = graphql(`
  query HomeAlliances {
    alliances {
      id
      name
      slug
    }
  }
`);
