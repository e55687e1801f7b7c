import { useMutation } from '@apollo/client/react';
import { toUserError, type AnswerTimeFieldsFragment } from '@doorbraak/web-data-access';
import {
  ActionGroup,
  Button,
  Facts,
  formatDateTime,
  formFields,
  FormShell,
  Heading,
  StatusMessage,
  type StatusMessageValue,
  TextareaField,
} from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AcknowledgeVastloperMutation } from '../graphql/acknowledge-vastloper.mutation';
import { AnswerVastloperMutation } from '../graphql/answer-vastloper.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

// The API's limit on an answer (TEXT_RULES.ministryAnswer).
const ANSWER_MAX = 10_000;

export type MinistryAnswerProps = {
  vastloperId: string;
  answerTime: AnswerTimeFieldsFragment;
  can: { acknowledgeForMinistry: boolean; answerForMinistry: boolean };
  onDone: () => Promise<unknown>;
};

// What the ministry owes once the vastloper reached it (DOMAIN §5 AnswerClock), and for its owner there the
// two actions: take it in hand, give the answer.
export const MinistryAnswer = ({ vastloperId, answerTime, can, onDone }: MinistryAnswerProps) => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const [message, setMessage] = useState<StatusMessageValue>(null);
  const [answering, setAnswering] = useState(false);
  const [acknowledge, acknowledgeState] = useMutation(AcknowledgeVastloperMutation);
  const when = (value: string | null | undefined): string => (value ? formatDateTime(value, language) : t('ministry.notYet'));
  const flagged = (value: string | null): string => (value ? ` — ${t('ministry.flaggedAt', { date: formatDateTime(value, language) })}` : '');

  const onAcknowledge = async (): Promise<void> => {
    setMessage(null);
    try {
      await acknowledge({ variables: { id: vastloperId, note: null } });
      await onDone();
      setMessage({ ok: true, text: t('ministry.acknowledged') });
    } catch (error) {
      setMessage({ ok: false, text: `${t('ministry.failed')}: ${t(`common:${toUserError(error).messageKey}`)}` });
    }
  };

  return (
    <section className="db-section" aria-labelledby="ministry-heading">
      <Heading level={2} id="ministry-heading">
        {t('ministry.heading')}
      </Heading>
      <Facts
        facts={[
          [t('ministry.reachedAt'), `${formatDateTime(answerTime.reachedMinistryAt, language)} · ${t(`common:enums.rung.${answerTime.reachedRung}`)}`],
          [t('ministry.acknowledgeBy'), `${formatDateTime(answerTime.acknowledgeBy, language)}${flagged(answerTime.acknowledgeFlaggedAt)}`],
          [t('ministry.acknowledgedAt'), when(answerTime.acknowledgedAt)],
          [t('ministry.acknowledgeNote'), answerTime.acknowledgeNote],
          [t('ministry.answerBy'), `${formatDateTime(answerTime.answerBy, language)}${flagged(answerTime.answerFlaggedAt)}`],
          [t('ministry.answeredAt'), when(answerTime.answeredAt)],
          [t('ministry.answer'), answerTime.answer],
          [t('ministry.closedAt'), answerTime.closedAt && formatDateTime(answerTime.closedAt, language)],
        ]}
      />
      <StatusMessage message={message} />
      {can.acknowledgeForMinistry || can.answerForMinistry ? (
        <div className="db-section">
          <ActionGroup>
          {can.acknowledgeForMinistry ? (
            <Button appearance="primary-action-button" busy={acknowledgeState.loading} onClick={() => void onAcknowledge()}>
              {t('ministry.acknowledge')}
            </Button>
          ) : null}
          {can.answerForMinistry ? (
            <Button appearance="secondary-action-button" aria-expanded={answering} onClick={() => setAnswering(!answering)}>
              {t('ministry.giveAnswer')}
            </Button>
          ) : null}
          </ActionGroup>
        </div>
      ) : null}
      {answering && can.answerForMinistry ? (
        <AnswerForm
          vastloperId={vastloperId}
          onClose={() => setAnswering(false)}
          onAnswered={async () => {
            setAnswering(false);
            await onDone();
            setMessage({ ok: true, text: t('ministry.answered') });
          }}
        />
      ) : null}
    </section>
  );
};

const AnswerForm = ({ vastloperId, onClose, onAnswered }: { vastloperId: string; onClose: () => void; onAnswered: () => Promise<void> }) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [answer] = useMutation(AnswerVastloperMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () => z.object({ answer: z.string().trim().min(1, t('ministry.answerRequired')).max(ANSWER_MAX, t('ministry.answerTooLong')) }),
    [t],
  );
  const form = useForm<z.infer<typeof schema>>({ resolver: zodResolver(schema) });
  const fields = formFields(form, 'ministry-answer', { answer: t('ministry.answerLabel') });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await answer({ variables: { id: vastloperId, answer: values.answer.trim() } });
      await onAnswered();
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <div className="db-card db-section">
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={form.formState.submitCount}
        failure={{ title: t('ministry.failed'), message: failure }}
        submitLabel={t('ministry.sendAnswer')}
        busy={form.formState.isSubmitting}
        cancelLabel={t('actions.cancel')}
        onCancel={onClose}
      >
        <TextareaField {...fields.field('answer')} description={t('ministry.answerHint')} required />
      </FormShell>
    </div>
  );
};
