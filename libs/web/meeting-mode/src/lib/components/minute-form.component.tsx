import { useMutation } from '@apollo/client/react';
import { TEXT_RULES } from '@doorbraak/domain';
import { ActionGroup, Button, TextareaField } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { RecordAgendaMinuteMutation } from '../graphql/record-agenda-minute.mutation';
import type { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import type { ModeAgendaItem } from './meeting-mode.types';

type Props = { item: ModeAgendaItem; run: ReturnType<typeof useFeedback>['run'] };

// The short minute of one agenda item; saving an empty one clears it.
export const MinuteForm = ({ item, run }: Props) => {
  const { t } = useTranslation([meetingModeNamespace, 'common']);
  const [record] = useMutation(RecordAgendaMinuteMutation);
  const schema = useMemo(
    () => z.object({ minute: z.string().max(TEXT_RULES.agendaMinute.maxLength, t('common:form.tooLong', { max: TEXT_RULES.agendaMinute.maxLength })) }),
    [t],
  );
  const { register, handleSubmit, formState, getFieldState, getValues, resetField } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { minute: item.minute ?? '' },
  });
  // A minute saved (here, or by someone else and arriving live) becomes the field's value, unless this
  // person is typing a different one.
  const saved = item.minute ?? '';
  useEffect(() => {
    if (!getFieldState('minute').isDirty || getValues('minute').trim() === saved) resetField('minute', { defaultValue: saved });
  }, [saved, getFieldState, getValues, resetField]);

  const onSubmit = handleSubmit((values) =>
    run(
      t('minute.save'),
      () => record({ variables: { agendaItemId: item.id, minute: values.minute.trim() || null } }),
      t('minute.saved', { title: item.title }),
    ),
  );

  return (
    <form className="db-form mm-minute" noValidate onSubmit={(event) => void onSubmit(event)}>
      <TextareaField label={t('minute.label')} registration={register('minute')} error={formState.errors.minute?.message} />
      <ActionGroup>
        <Button type="submit" appearance="secondary-action-button" busy={formState.isSubmitting}>
          {t('minute.save')}
        </Button>
      </ActionGroup>
    </form>
  );
};
