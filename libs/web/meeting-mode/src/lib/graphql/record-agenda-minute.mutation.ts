import { graphql } from '@doorbraak/web-data-access';

export const RecordAgendaMinuteMutation = graphql(`
  mutation MeetingModeRecordAgendaMinute($agendaItemId: ID!, $minute: String) {
    recordAgendaMinute(agendaItemId: $agendaItemId, minute: $minute) {
      id
      minute
    }
  }
`);
