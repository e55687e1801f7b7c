import { ActionGroup, Button, Heading } from '@rijkshuisstijl-community/components-react';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormWithSummary } from '../forms/form-errors';
import { z } from 'zod';
import { formatDateTime } from '../format.util';
import { formFields } from '../forms/form-errors';
import { TextareaField } from '../forms/form-fields.component';
import { Facts } from './facts.component';
import { FormShell } from './form-shell.component';
import { StatusMessage, type StatusMessageValue } from './status-message.component';

// The API's limit on an answer (TEXT_RULES.ministryAnswer).
const ANSWER_MAX = 10_000;

// The answer clock as the API's AnswerTime gives it.
export type MinistryAnswerTime = {
  readonly reachedRung: string;
  readonly reachedMinistryAt: string;
  readonly acknowledgeBy: string;
  readonly acknowledgedAt: string | null;
  readonly acknowledgeNote: string | null;
  readonly answerBy: string;
  readonly answeredAt: string | null;
  readonly answer: string | null;
  readonly acknowledgeFlaggedAt: string | null;
  readonly answerFlaggedAt: string | null;
  readonly closedAt: string | null;
};

// The item's own mutations (acknowledgeVastloper, acknowledgeDossier, …); a failure rejects, and `errorText`
// turns it into the text to show (the error mapping lives in data-access, which this layer does not import).
export type MinistryAnswerActions = {
  readonly acknowledge: () => Promise<unknown>;
  readonly answer: (text: string) => Promise<unknown>;
  readonly errorText: (error: unknown) => string;
};

export type MinistryAnswerProps = {
  answerTime: MinistryAnswerTime;
  can: { acknowledgeForMinistry: boolean; answerForMinistry: boolean };
  actions: MinistryAnswerActions;
  // Reloads the item, so the deadlines and the offered actions are current.
  onDone: () => Promise<unknown>;
};

// What the ministry owes once an item (a vastloper, a national dossier) reached it (DOMAIN §5 AnswerClock), and
// for its owner there the two actions: take it in hand, give the answer.
export const MinistryAnswer = ({ answerTime, can, actions, onDone }: MinistryAnswerProps) => {
  const { t, i18n } = useTranslation('common');
  const language = i18n.resolvedLanguage ?? 'nl';
  const [message, setMessage] = useState<StatusMessageValue>(null);
  const [answering, setAnswering] = useState(false);
  const [acknowledging, setAcknowledging] = useState(false);
  const when = (value: string | null): string => (value ? formatDateTime(value, language) : t('ministryAnswer.notYet'));
  const flagged = (value: string | null): string => (value ? ` — ${t('ministryAnswer.flaggedAt', { date: formatDateTime(value, language) })}` : '');

  const onAcknowledge = async (): Promise<void> => {
    setMessage(null);
    setAcknowledging(true);
    try {
      await actions.acknowledge();
      await onDone();
      // The button went with the acknowledgement: the outcome takes the focus.
      setMessage({ ok: true, text: t('ministryAnswer.acknowledged'), focus: true });
    } catch (error) {
      setMessage({ ok: false, text: `${t('ministryAnswer.failed')}: ${actions.errorText(error)}` });
    } finally {
      setAcknowledging(false);
    }
  };

  return (
    <section className="db-section" aria-labelledby="ministry-heading">
      <Heading level={2} id="ministry-heading">
        {t('ministryAnswer.heading')}
      </Heading>
      <Facts
        facts={[
          [t('ministryAnswer.reachedAt'), `${formatDateTime(answerTime.reachedMinistryAt, language)} · ${t(`enums.rung.${answerTime.reachedRung}`)}`],
          [t('ministryAnswer.acknowledgeBy'), `${formatDateTime(answerTime.acknowledgeBy, language)}${flagged(answerTime.acknowledgeFlaggedAt)}`],
          [t('ministryAnswer.acknowledgedAt'), when(answerTime.acknowledgedAt)],
          [t('ministryAnswer.acknowledgeNote'), answerTime.acknowledgeNote],
          [t('ministryAnswer.answerBy'), `${formatDateTime(answerTime.answerBy, language)}${flagged(answerTime.answerFlaggedAt)}`],
          [t('ministryAnswer.answeredAt'), when(answerTime.answeredAt)],
          [t('ministryAnswer.answer'), answerTime.answer],
          [t('ministryAnswer.closedAt'), answerTime.closedAt && formatDateTime(answerTime.closedAt, language)],
        ]}
      />
      <StatusMessage message={message} />
      {can.acknowledgeForMinistry || can.answerForMinistry ? (
        <div className="db-section">
          <ActionGroup>
            {can.acknowledgeForMinistry ? (
              <Button appearance="primary-action-button" busy={acknowledging} onClick={() => void onAcknowledge()}>
                {t('ministryAnswer.acknowledge')}
              </Button>
            ) : null}
            {can.answerForMinistry ? (
              <Button appearance="secondary-action-button" aria-expanded={answering} onClick={() => setAnswering(!answering)}>
                {t('ministryAnswer.giveAnswer')}
              </Button>
            ) : null}
          </ActionGroup>
        </div>
      ) : null}
      {answering && can.answerForMinistry ? (
        <AnswerForm
          answer={actions.answer}
          errorText={actions.errorText}
          onClose={() => setAnswering(false)}
          onAnswered={async () => {
            setAnswering(false);
            await onDone();
            // The form and its button went with the answer: the outcome takes the focus.
            setMessage({ ok: true, text: t('ministryAnswer.answered'), focus: true });
          }}
        />
      ) : null}
    </section>
  );
};

type AnswerFormProps = Pick<MinistryAnswerActions, 'answer' | 'errorText'> & { onClose: () => void; onAnswered: () => Promise<void> };

const AnswerForm = ({ answer, errorText, onClose, onAnswered }: AnswerFormProps) => {
  const { t } = useTranslation('common');
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(
    () => z.object({ answer: z.string().trim().min(1, t('ministryAnswer.answerRequired')).max(ANSWER_MAX, t('ministryAnswer.answerTooLong')) }),
    [t],
  );
  const form = useFormWithSummary<z.infer<typeof schema>>({ resolver: zodResolver(schema) });
  const fields = formFields(form, 'ministry-answer', { answer: t('ministryAnswer.answerLabel') });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await answer(values.answer.trim());
      await onAnswered();
    } catch (error) {
      setFailure(errorText(error));
    }
  });

  return (
    <div className="db-card db-section">
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={form.formState.submitCount}
        failure={{ title: t('ministryAnswer.failed'), message: failure }}
        submitLabel={t('ministryAnswer.sendAnswer')}
        busy={form.formState.isSubmitting}
        cancelLabel={t('confirm.cancel')}
        onCancel={onClose}
      >
        <TextareaField {...fields.field('answer')} description={t('ministryAnswer.answerHint')} required />
      </FormShell>
    </div>
  );
};
