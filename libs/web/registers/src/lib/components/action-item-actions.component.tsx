import { useMutation } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { toUserError, type RegisterActionItemFragment } from '@doorbraak/web-data-access';
import { ActionGroup, Button, ConfirmAction, Heading, Paragraph, StatusMessage, TextareaField } from '@doorbraak/web-ui';
import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CompleteActionItemMutation } from '../graphql/complete-action-item.mutation';
import { ReportActionItemProgressMutation } from '../graphql/report-action-item-progress.mutation';
import { registersNamespace } from '../i18n/registers.translations';

// The note's limit on the server (TEXT_RULES.actionItemNote).
const NOTE_MAX = 5000;

type Props = {
  item: RegisterActionItemFragment;
  // Smaller buttons inside a list; a heading of its own on the detail page.
  compact?: boolean;
  onChanged?: () => Promise<unknown>;
};

// Only what the API says the caller may do now (viewerCan): complete (after confirming) and report progress.
export const ActionItemActions = ({ item, compact = false, onChanged }: Props) => {
  const { t } = useTranslation([registersNamespace, 'common']);
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [complete, completing] = useMutation(CompleteActionItemMutation);
  const can = item.viewerCan;

  const fail = (error: unknown) => setMessage({ ok: false, text: t('actions.failed', { reason: t(`common:${toUserError(error).messageKey}`) }) });

  const onComplete = async () => {
    setMessage(null);
    try {
      await complete({ variables: { id: item.id } });
      await onChanged?.();
      setMessage({ ok: true, text: t('actions.completed', { description: item.description }) });
    } catch (error) {
      fail(error);
    }
  };

  const status = <StatusMessage message={message} />;

  if (!can.complete && !can.reportProgress) {
    return compact ? status : (
      <>
        {status}
        <Paragraph>{t('actions.none')}</Paragraph>
      </>
    );
  }
  return (
    <div className={compact ? 'db-register-actions db-register-actions--compact' : 'db-register-actions'}>
      {status}
      {writing ? (
        <ProgressForm
          item={item}
          onCancel={() => setWriting(false)}
          onSaved={async () => {
            setWriting(false);
            await onChanged?.();
            setMessage({ ok: true, text: t('actions.reported') });
          }}
          onError={fail}
        />
      ) : (
        <ActionGroup>
          {can.reportProgress ? (
            <Button
              appearance={item.noUpdate ? 'primary-action-button' : 'secondary-action-button'}
              aria-label={compact ? t('actions.reportProgressFor', { description: item.description }) : undefined}
              onClick={() => {
                setMessage(null);
                setWriting(true);
              }}
            >
              {t('actions.reportProgress')}
            </Button>
          ) : null}
          {can.complete ? (
            <ConfirmAction
              label={t('actions.complete')}
              question={t('actions.completeQuestion', { description: item.description })}
              confirmLabel={t('actions.completeConfirm')}
              busy={completing.loading}
              danger={false}
              onConfirm={() => void onComplete()}
            />
          ) : null}
        </ActionGroup>
      )}
    </div>
  );
};

type ProgressFormProps = {
  item: RegisterActionItemFragment;
  onCancel: () => void;
  onSaved: () => Promise<void>;
  onError: (error: unknown) => void;
};

const ProgressForm = ({ item, onCancel, onSaved, onError }: ProgressFormProps) => {
  const { t } = useTranslation([registersNamespace, 'common']);
  const headingId = useId();
  const [report] = useMutation(ReportActionItemProgressMutation);
  const schema = useMemo(
    () =>
      z.object({
        note: z.string().trim().min(1, t('common:form.required')).max(NOTE_MAX, t('common:form.tooLong', { max: NOTE_MAX })),
      }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState, setFocus } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { note: '' } });

  useEffect(() => setFocus('note'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    try {
      await report({ variables: { id: item.id, note: values.note.trim() } });
      await onSaved();
    } catch (error) {
      onError(error);
    }
  });

  return (
    <form className="db-form db-card" noValidate aria-labelledby={headingId} onSubmit={(event) => void onSubmit(event)}>
      <Heading level={3} appearanceLevel={5} id={headingId}>
        {t('actions.reportProgressFor', { description: item.description })}
      </Heading>
      <TextareaField label={t('actions.note')} description={t('actions.noteHint')} required registration={register('note')} error={formState.errors.note?.message} />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
          {t('actions.send')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('actions.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
};
