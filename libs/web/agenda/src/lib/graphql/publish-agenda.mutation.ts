import { graphql } from '@doorbraak/web-data-access';

export const PublishAgendaMutation = graphql(`
  mutation PublishAgenda($meetingId: ID!) {
    publishAgenda(meetingId: $meetingId) {
      ...MeetingAgenda
    }
  }
`);
