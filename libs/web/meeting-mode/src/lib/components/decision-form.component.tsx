import { useMutation } from '@apollo/client/react';
import { TEXT_RULES } from '@doorbraak/domain';
import type { DecisionOutcome } from '@doorbraak/web-data-access';
import { ActionGroup, Button, ErrorSummary, Paragraph, Radio, TextareaField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RecordDecisionMutation } from '../graphql/record-decision.mutation';
import type { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import type { ModeAgendaItem } from './meeting-mode.types';

type Props = {
  meetingId: string;
  item: ModeAgendaItem;
  run: ReturnType<typeof useFeedback>['run'];
  onClose: () => void;
};

// What the meeting can do with an escalated item it discusses: resolve a vastloper, send it a rung
// down (not from the bottom rung), or keep it where it is; a closed item has no outcome any more.
export const outcomesFor = (item: ModeAgendaItem): DecisionOutcome[] => {
  const subject = item.item;
  if (item.kind !== 'ESCALATION' || !subject) return [];
  const open = subject.status === 'OPEN' || subject.status === 'IN_BEHANDELING' || subject.status === 'LOPEND';
  if (!open) return [];
  return [
    ...(subject.kind === 'VASTLOPER' ? (['RESOLVE'] as const) : []),
    ...(subject.rung && subject.rung !== 'PROGRAMMABUREAU' ? (['DE_ESCALATE'] as const) : []),
    'KEEP',
  ];
};

export const DecisionForm = ({ meetingId, item, run, onClose }: Props) => {
  const { t } = useTranslation([meetingModeNamespace, 'common']);
  const [record] = useMutation(RecordDecisionMutation);
  const outcomes = outcomesFor(item);
  const offered = outcomes.join();
  const schema = useMemo(
    () =>
      z.object({
        text: z
          .string()
          .trim()
          .min(1, t('common:form.required'))
          .max(TEXT_RULES.decision.maxLength, t('common:form.tooLong', { max: TEXT_RULES.decision.maxLength })),
        // Only an outcome the form offers (or none).
        outcome: z.string().refine((value) => value === '' || offered.split(',').includes(value), t('decisions.outcomeInvalid')),
      }),
    [t, offered],
  );
  const { register, handleSubmit, formState, setFocus, setValue, watch } = useFormWithSummary<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { text: '', outcome: '' },
  });

  const chosen = watch('outcome');

  useEffect(() => setFocus('text'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    const ok = await run(
      t('decisions.save'),
      () =>
        record({
          variables: {
            input: { meetingId, agendaItemId: item.id, text: values.text, outcome: (values.outcome || null) as DecisionOutcome | null },
          },
        }),
      t('decisions.saved'),
    );
    if (ok) onClose();
  });

  const outcomeLabel = item.item ? t('decisions.outcome', { kind: t(item.item.kind === 'VASTLOPER' ? 'item.vastloper' : 'item.doorbraak').toLowerCase() }) : '';
  // Every field's error is in the summary: a submit that fails on a field must never look like nothing happened.
  const labels = { text: t('decisions.text'), outcome: outcomeLabel };
  const errors = (['text', 'outcome'] as const).flatMap((field) => {
    const message = formState.errors[field]?.message;
    return message ? [{ field, message: `${labels[field]}: ${message}` }] : [];
  });
  const focusField = (field: string) => {
    if (field === 'outcome') document.querySelector<HTMLInputElement>(`input[name="outcome-${item.id}"]`)?.focus();
    else setFocus('text');
  };

  return (
    <form className="db-form db-card mm-subform" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={`${t('decisions.add')}: ${item.title}`}>
      <ErrorSummary errors={errors} submitCount={formState.submitCount} onSelect={focusField} />
      <TextareaField label={t('decisions.text')} required registration={register('text')} error={formState.errors.text?.message} />
      {outcomes.length > 0 && item.item ? (
        <fieldset className="mm-choices">
          <legend className="mm-legend">{outcomeLabel}</legend>
          {(['', ...outcomes] as const).map((outcome) => (
            <Paragraph key={outcome || 'none'} className="mm-choice">
              <label>
                <Radio name={`outcome-${item.id}`} value={outcome} checked={chosen === outcome} onChange={() => setValue('outcome', outcome)} />{' '}
                {outcome ? t(`outcome.${outcome}`) : t('decisions.outcomeNone')}
              </label>
            </Paragraph>
          ))}
        </fieldset>
      ) : null}
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
          {t('decisions.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          {t('decisions.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
};
