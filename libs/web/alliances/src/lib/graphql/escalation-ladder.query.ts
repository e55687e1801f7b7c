import { graphql } from '@doorbraak/web-data-access';

export const EscalationLadderQuery = graphql(`
  query EscalationLadder($allianceId: ID!) {
    escalationLadder(allianceId: $allianceId) {
      rung
      unit
      workingDays
      duration
      overridden
      nationalDefault {
        unit
        workingDays
        duration
      }
    }
  }
`);
