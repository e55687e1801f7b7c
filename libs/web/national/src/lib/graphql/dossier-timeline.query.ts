import { graphql } from '@doorbraak/web-data-access';

// The next page of a dossier's moves on the national rungs ("Meer tonen" under them).
export const DossierTimelineQuery = graphql(`
  query DossierTimeline($id: ID!, $after: String) {
    dossier(id: $id) {
      id
      timeline(after: $after) {
        ...EscalationEventPage
      }
    }
  }
`);
