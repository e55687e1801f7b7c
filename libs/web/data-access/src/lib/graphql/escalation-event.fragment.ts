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
