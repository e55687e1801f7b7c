import type { AgendaItemKind } from '@doorbraak/web-data-access';
import { ActionGroup, Button, ErrorSummary, Heading, SelectField, TextField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { agendaNamespace } from '../i18n/agenda.translations';

// Kinds a person chooses; ESCALATION items are placed by the ladder (or as an urgent amendment).
const KINDS = ['DISCUSSION', 'INFORMATION', 'DECISION'] as const satisfies readonly AgendaItemKind[];

export type AgendaItemFormValues = { title: string; kind: AgendaItemKind; minutesAllotted: number; presenterId: string };

export type AgendaItemFormProps = {
  heading: string;
  headingId: string;
  submitLabel: string;
  defaults?: Partial<AgendaItemFormValues>;
  presenters: readonly { id: string; name: string }[];
  // An escalation keeps its kind.
  kindLocked?: boolean;
  busy?: boolean;
  focusOnOpen?: boolean;
  onSubmit: (values: AgendaItemFormValues) => Promise<boolean>;
  onCancel?: () => void;
};

export const AgendaItemForm = ({ heading, headingId, submitLabel, defaults, presenters, kindLocked, busy, focusOnOpen, onSubmit, onCancel }: AgendaItemFormProps) => {
  const { t } = useTranslation([agendaNamespace, 'common']);
  const schema = useMemo(
    () =>
      z.object({
        title: z.string().trim().min(1, t('common:form.required')).max(200),
        kind: z.enum(['INFORMATION', 'DISCUSSION', 'DECISION', 'ESCALATION']),
        minutesAllotted: z.coerce.number({ message: t('form.minutesInvalid') }).int(t('form.minutesInvalid')).min(1, t('form.minutesInvalid')).max(480, t('form.minutesInvalid')),
        presenterId: z.string(),
      }),
    [t],
  );
  const initial: AgendaItemFormValues = { title: '', kind: 'DISCUSSION', minutesAllotted: 10, presenterId: '', ...defaults };
  const { register, handleSubmit, formState, setFocus, reset } = useFormWithSummary<z.input<typeof schema>, unknown, AgendaItemFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
  });
  useEffect(() => {
    if (focusOnOpen) setFocus('title');
  }, [focusOnOpen, setFocus]);

  const errors = (['title', 'minutesAllotted'] as const).flatMap((field) => {
    const message = formState.errors[field]?.message;
    return message ? [{ field, message: `${field === 'title' ? t('form.title') : t('form.minutes')}: ${message}` }] : [];
  });
  const kinds = kindLocked ? (['ESCALATION'] as const) : KINDS;

  return (
    <form
      className="db-form db-agenda-form"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) =>
        void handleSubmit(async (values) => {
          if ((await onSubmit(values)) && !defaults) {
            reset(initial);
          }
        })(event)
      }
    >
      <Heading level={3} id={headingId}>
        {heading}
      </Heading>
      <ErrorSummary errors={errors} submitCount={formState.submitCount} onSelect={(field) => setFocus(field as 'title' | 'minutesAllotted')} />
      <TextField label={t('form.title')} registration={register('title')} error={formState.errors.title?.message} required />
      <div className="db-agenda-form__row">
        <SelectField label={t('form.kind')} registration={register('kind')} options={kinds.map((kind) => ({ value: kind, label: t(`common:enums.agendaItemKind.${kind}`) }))} />
        <TextField label={t('form.minutes')} registration={register('minutesAllotted')} error={formState.errors.minutesAllotted?.message} required />
        <SelectField
          label={t('form.presenter')}
          registration={register('presenterId')}
          emptyLabel={t('form.noPresenter')}
          options={presenters.map((person) => ({ value: person.id, label: person.name }))}
        />
      </div>
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
        ) : null}
      </ActionGroup>
    </form>
  );
};
