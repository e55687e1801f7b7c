import { graphql } from '@doorbraak/web-data-access';

// The next page of a doorbraak's timeline ("Meer tonen" under it).
export const DoorbraakTimelineQuery = graphql(`
  query DoorbraakTimeline($id: ID!, $after: String) {
    doorbraak(id: $id) {
      id
      timeline(after: $after) {
        ...EscalationEventPage
      }
    }
  }
`);
