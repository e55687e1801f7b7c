import { useMutation } from '@apollo/client/react';
import { ActionGroup, Button, CheckboxField, Heading, Paragraph, StatusMessage } from '@doorbraak/web-ui';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RecordAttendanceMutation } from '../graphql/record-attendance.mutation';
import { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import { attendeeName } from './attendee-name';
import type { ModeMeeting } from './meeting-mode.types';

type Props = { meeting: ModeMeeting; onDone: () => Promise<unknown> };

const savedAttendance = (meeting: ModeMeeting): Record<string, boolean> =>
  Object.fromEntries(meeting.attendees.map((attendee) => [attendee.id, attendee.present === true]));

// Who was there and who was not, as a list of facts.
export const AttendanceFacts = ({ meeting }: { meeting: ModeMeeting }) => {
  const { t } = useTranslation(meetingModeNamespace);
  const present = meeting.attendees.filter((attendee) => attendee.present === true).map(attendeeName);
  const absent = meeting.attendees.filter((attendee) => attendee.present === false).map(attendeeName);
  return (
    <dl className="db-facts">
      <dt>{t('minutesView.attendance')}</dt>
      <dd>{present.length > 0 ? present.join(', ') : t('attendance.nobody')}</dd>
      {absent.length > 0 ? (
        <>
          <dt>{t('minutesView.absent')}</dt>
          <dd>{absent.join(', ')}</dd>
        </>
      ) : null}
    </dl>
  );
};

// Who is there: whoever takes the minutes ticks it off, everyone else in the meeting sees it.
export const Attendance = ({ meeting, onDone }: Props) => {
  const { t } = useTranslation(meetingModeNamespace);
  if (meeting.viewerCan.takeMinutes) return <AttendanceForm meeting={meeting} onDone={onDone} />;
  if (meeting.attendees.length === 0) return null;
  return (
    <section className="db-section" aria-labelledby="attendance-heading">
      <Heading level={2} id="attendance-heading">
        {t('attendance.heading')}
      </Heading>
      <AttendanceFacts meeting={meeting} />
    </section>
  );
};

// One checkbox per invitee, saved together.
const AttendanceForm = ({ meeting, onDone }: Props) => {
  const { t } = useTranslation(meetingModeNamespace);
  const [record] = useMutation(RecordAttendanceMutation);
  const { feedback, run } = useFeedback(onDone);
  const { register, handleSubmit, formState, getFieldState, getValues, resetField } = useForm<Record<string, boolean>>({
    defaultValues: savedAttendance(meeting),
  });
  // Attendance saved (here, or by someone else and arriving live) ticks the boxes, except a box this
  // person changed to something else and has not saved yet.
  const saved = JSON.stringify(savedAttendance(meeting));
  useEffect(() => {
    for (const [id, present] of Object.entries(JSON.parse(saved) as Record<string, boolean>)) {
      if (!getFieldState(id).isDirty || getValues(id) === present) resetField(id, { defaultValue: present });
    }
  }, [saved, getFieldState, getValues, resetField]);

  const onSubmit = handleSubmit((values) =>
    run(
      t('attendance.save'),
      () =>
        record({
          variables: {
            meetingId: meeting.id,
            attendance: meeting.attendees.map((attendee) => ({ attendeeId: attendee.id, present: values[attendee.id] === true })),
          },
        }),
      t('attendance.saved'),
    ),
  );

  return (
    <section className="db-section" aria-labelledby="attendance-heading">
      <Heading level={2} id="attendance-heading">
        {t('attendance.heading')}
      </Heading>
      {meeting.attendees.length === 0 ? (
        <Paragraph>{t('attendance.none')}</Paragraph>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <fieldset className="mm-attendance">
            <legend className="mm-legend">{t('attendance.legend')}</legend>
            <Paragraph className="mm-hint">{t('attendance.hint')}</Paragraph>
            <div className="mm-attendance__list">
              {meeting.attendees.map((attendee) => (
                <CheckboxField key={attendee.id} label={attendeeName(attendee)} registration={register(attendee.id)} />
              ))}
            </div>
          </fieldset>
          <ActionGroup>
            <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
              {t('attendance.save')}
            </Button>
          </ActionGroup>
          <StatusMessage message={feedback} />
        </form>
      )}
    </section>
  );
};
