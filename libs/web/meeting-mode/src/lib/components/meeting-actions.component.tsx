import { useMutation } from '@apollo/client/react';
import { ActionGroup, ConfirmAction, Heading, StatusMessage } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { ApproveMinutesMutation } from '../graphql/approve-minutes.mutation';
import { MarkHeldMutation } from '../graphql/mark-held.mutation';
import { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import type { ModeMeeting } from './meeting-mode.types';

type Props = { meeting: ModeMeeting; onDone: () => Promise<unknown> };

// Closing steps that cannot be undone, each asked first: the bureau marks the meeting held, the chair
// approves the minutes.
export const MeetingActions = ({ meeting, onDone }: Props) => {
  const { t } = useTranslation(meetingModeNamespace);
  const [markHeld, marking] = useMutation(MarkHeldMutation);
  const [approve, approving] = useMutation(ApproveMinutesMutation);
  const { feedback, run } = useFeedback(onDone);
  const can = meeting.viewerCan;

  return (
    <div className="mm-closing">
      <StatusMessage message={feedback} />
      {can.markHeld || can.approveMinutes ? (
        <section className="db-section" aria-labelledby="closing-heading">
          <Heading level={2} id="closing-heading">
            {t('meetingActions.heading')}
          </Heading>
          <ActionGroup>
            {can.markHeld ? (
              <ConfirmAction
                label={t('meetingActions.markHeld')}
                question={t('meetingActions.markHeldQuestion')}
                confirmLabel={t('meetingActions.markHeldConfirm')}
                busy={marking.loading}
                onConfirm={() =>
                  void run(t('meetingActions.markHeld'), () => markHeld({ variables: { meetingId: meeting.id } }), t('meetingActions.markedHeld'))
                }
              />
            ) : null}
            {can.approveMinutes ? (
              <ConfirmAction
                label={t('meetingActions.approve')}
                question={t('meetingActions.approveQuestion')}
                confirmLabel={t('meetingActions.approveConfirm')}
                busy={approving.loading}
                onConfirm={() =>
                  void run(t('meetingActions.approve'), () => approve({ variables: { meetingId: meeting.id } }), t('meetingActions.approvedDone'))
                }
              />
            ) : null}
          </ActionGroup>
        </section>
      ) : null}
    </div>
  );
};
