import { graphql } from '../generated';

// One move on the ladder as a timeline line shows it (EscalationEventLine): of a vastloper, a doorbraak or a dossier.
export const EscalationEventFragment = graphql(`
  fragment EscalationEventFields on EscalationEvent {
    id
    at
    cause
    fromRung
    toRung
    reason
    skippedRungs
    actor {
      id
      name
    }
  }
`);

// A page of a timeline of moves (a vastloper's, a doorbraak's or a dossier's), with what "Meer tonen" needs.
export const EscalationEventPageFragment = graphql(`
  fragment EscalationEventPage on EscalationEventConnection {
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      cursor
      node {
        ...EscalationEventFields
      }
    }
  }
`);
