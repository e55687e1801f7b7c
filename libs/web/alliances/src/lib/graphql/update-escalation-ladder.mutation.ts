import { graphql } from '@doorbraak/web-data-access';

export const UpdateEscalationLadderMutation = graphql(`
  mutation UpdateEscalationLadder($allianceId: ID!, $rungs: [RungSettingInput!]!) {
    updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) {
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
