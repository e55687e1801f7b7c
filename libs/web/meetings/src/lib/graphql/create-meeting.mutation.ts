import { graphql } from '@doorbraak/web-data-access';

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
    }
  }
`);
