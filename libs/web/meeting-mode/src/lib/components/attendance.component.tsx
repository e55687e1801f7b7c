import { useMutation } from '@apollo/client/react';
import { ActionGroup, Button, CheckboxField, Heading, Paragraph, StatusMessage } from '@doorbraak/web-ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RecordAttendanceMutation } from '../graphql/record-attendance.mutation';
import { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import { attendeeName } from './attendee-name';
import type { ModeMeeting } from './meeting-mode.types';

type Props = { meeting: ModeMeeting; onDone: () => Promise<unknown> };

// Who is there: one checkbox per invitee, saved together.
export const Attendance = ({ meeting, onDone }: Props) => {
  const { t } = useTranslation(meetingModeNamespace);
  const [record] = useMutation(RecordAttendanceMutation);
  const { feedback, run } = useFeedback(onDone);
  const { register, handleSubmit, formState } = useForm<Record<string, boolean>>({
    defaultValues: Object.fromEntries(meeting.attendees.map((attendee) => [attendee.id, attendee.present === true])),
  });

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
