import { graphql } from '@doorbraak/web-data-access';

export const ReportActionItemProgressMutation = graphql(`
  mutation RegisterReportActionItemProgress($id: ID!, $note: String!) {
    reportActionItemProgress(id: $id, note: $note) {
      ...RegisterActionItem
    }
  }
`);
