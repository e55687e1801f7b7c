import { graphql } from '@doorbraak/web-data-access';

export const RecordAttendanceMutation = graphql(`
  mutation MeetingModeRecordAttendance($meetingId: ID!, $attendance: [AttendanceInput!]!) {
    recordAttendance(meetingId: $meetingId, attendance: $attendance) {
      id
      attendees {
        id
        present
      }
    }
  }
`);
