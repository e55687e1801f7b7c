import { graphql } from '@doorbraak/web-data-access';

// Vastlopers and doorbraken of the meeting's alliance to put on its agenda.
export const AgendaSearchQuery = graphql(`
  query AgendaSearch($vastlopers: VastloperFilter!, $doorbraken: DoorbraakFilter!) {
    vastlopers(filter: $vastlopers, first: 8) {
      edges {
        node {
          id
          title
          status
          rung
          confidential
        }
      }
    }
    doorbraken(filter: $doorbraken, first: 8) {
      edges {
        node {
          id
          title
          status
          rung
        }
      }
    }
  }
`);
