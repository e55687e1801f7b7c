import { graphql } from '@doorbraak/web-data-access';

export const RecordDecisionMutation = graphql(`
  mutation MeetingModeRecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      id
      text
      outcome
    }
  }
`);
