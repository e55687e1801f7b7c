import { graphql } from '@doorbraak/web-data-access';

// Plans the series; the page goes on to its first meeting.
export const CreateMeetingSeriesMutation = graphql(`
  mutation CreateMeetingSeries($input: CreateMeetingSeriesInput!) {
    createMeetingSeries(input: $input) {
      id
      meetings(first: 1) {
        edges {
          node {
            id
            scheduledAt
          }
        }
      }
    }
  }
`);
