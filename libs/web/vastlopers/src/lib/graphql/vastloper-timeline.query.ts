import { graphql } from '@doorbraak/web-data-access';

// The next page of a vastloper's timeline ("Meer tonen" under it).
export const VastloperTimelineQuery = graphql(`
  query VastloperTimeline($id: ID!, $after: String) {
    vastloper(id: $id) {
      id
      timeline(after: $after) {
        ...EscalationEventPage
      }
    }
  }
`);
