import { graphql } from '@doorbraak/web-data-access';

export const CreateMeetingSeriesMutation = graphql(`
  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {
    createMeetingSeries(input: $input) {
      id
      meetings {
        id
        scheduledAt
      }
    }
  }
`);
