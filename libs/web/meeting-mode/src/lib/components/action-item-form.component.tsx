import { useMutation } from '@apollo/client/react';
import { TEXT_RULES } from '@doorbraak/domain';
import type { ActionItemKind, CommitmentParty } from '@doorbraak/web-data-access';
import { ActionGroup, Button, ErrorSummary, SelectField, TextareaField, TextField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateActionItemMutation } from '../graphql/create-action-item.mutation';
import type { useFeedback } from '../hooks/use-feedback';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import type { ModeAgendaItem, ModeMeeting } from './meeting-mode.types';

type Props = {
  meeting: ModeMeeting;
  item: ModeAgendaItem;
  run: ReturnType<typeof useFeedback>['run'];
  onClose: () => void;
};

const KINDS: readonly ActionItemKind[] = ['ACTION', 'COMMITMENT'];
const PARTIES: readonly CommitmentParty[] = ['PARTNER', 'GEMEENTE', 'RIJK'];
type Field = 'kind' | 'description' | 'ownerId' | 'dueDate' | 'committedBy' | 'committedByPartnerId';

// An actiepunt (an owner and a due date) or a toezegging (who made it; the due date may follow the
// programme's half years), taken down at the agenda item it came from.
export const ActionItemForm = ({ meeting, item, run, onClose }: Props) => {
  const { t } = useTranslation([meetingModeNamespace, 'common']);
  const [create] = useMutation(CreateActionItemMutation);
  const schema = useMemo(
    () =>
      z
        .object({
          kind: z.enum(['ACTION', 'COMMITMENT']),
          description: z
            .string()
            .trim()
            .min(1, t('common:form.required'))
            .max(TEXT_RULES.description.maxLength, t('common:form.tooLong', { max: TEXT_RULES.description.maxLength })),
          ownerId: z.string(),
          dueDate: z.string(),
          committedBy: z.string(),
          committedByPartnerId: z.string(),
        })
        .superRefine((values, context) => {
          if (values.kind === 'ACTION' && !values.ownerId) context.addIssue({ code: 'custom', path: ['ownerId'], message: t('actionItems.ownerRequired') });
          if (values.kind === 'ACTION' && !values.dueDate) context.addIssue({ code: 'custom', path: ['dueDate'], message: t('actionItems.dueRequired') });
          if (values.kind === 'COMMITMENT' && !values.committedBy) {
            context.addIssue({ code: 'custom', path: ['committedBy'], message: t('actionItems.partyRequired') });
          }
        }),
    [t],
  );
  type Values = z.infer<typeof schema>;
  const { register, handleSubmit, formState, setFocus, watch } = useFormWithSummary<Values>({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'ACTION', description: '', ownerId: '', dueDate: '', committedBy: '', committedByPartnerId: '' },
  });
  const kind = watch('kind');
  const party = watch('committedBy');

  useEffect(() => setFocus('description'), [setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    const commitment = values.kind === 'COMMITMENT';
    const ok = await run(
      t('actionItems.save'),
      () =>
        create({
          variables: {
            input: {
              meetingId: meeting.id,
              agendaItemId: item.id,
              description: values.description,
              kind: values.kind,
              ownerId: values.ownerId || null,
              dueDate: values.dueDate || null,
              committedBy: commitment ? (values.committedBy as CommitmentParty) : null,
              committedByPartnerId: commitment && values.committedBy === 'PARTNER' ? values.committedByPartnerId || null : null,
            },
          },
        }),
      t('actionItems.saved'),
    );
    if (ok) onClose();
  });

  const labels: Record<Field, string> = {
    kind: t('actionItems.kind'),
    description: t('actionItems.description'),
    ownerId: t('actionItems.owner'),
    dueDate: t('actionItems.dueDate'),
    committedBy: t('actionItems.committedBy'),
    committedByPartnerId: t('actionItems.partner'),
  };
  const errors = (Object.keys(labels) as Field[])
    .filter((field) => formState.errors[field]?.message)
    .map((field) => ({ field, message: `${labels[field]}: ${formState.errors[field]?.message}` }));

  return (
    <form className="db-form db-card mm-subform" noValidate onSubmit={(event) => void onSubmit(event)} aria-label={`${t('actionItems.add')}: ${item.title}`}>
      <ErrorSummary errors={errors} submitCount={formState.submitCount} onSelect={(field) => setFocus(field as Field)} />
      <SelectField
        label={labels.kind}
        registration={register('kind')}
        options={KINDS.map((value) => ({ value, label: t(`actionKind.${value}`) }))}
      />
      <TextareaField label={labels.description} required registration={register('description')} error={formState.errors.description?.message} />
      {kind === 'COMMITMENT' ? (
        <>
          <SelectField
            label={labels.committedBy}
            required
            registration={register('committedBy')}
            emptyLabel={t('common:form.choose')}
            error={formState.errors.committedBy?.message}
            options={PARTIES.map((value) => ({ value, label: t(`party.${value}`) }))}
          />
          {party === 'PARTNER' && meeting.alliance ? (
            <SelectField
              label={labels.committedByPartnerId}
              registration={register('committedByPartnerId')}
              emptyLabel={t('common:form.choose')}
              options={meeting.alliance.partners.map((partner) => ({ value: partner.id, label: partner.name }))}
            />
          ) : null}
        </>
      ) : null}
      <SelectField
        label={labels.ownerId}
        description={t('actionItems.ownerHint')}
        required={kind === 'ACTION'}
        registration={register('ownerId')}
        emptyLabel={t('common:form.choose')}
        error={formState.errors.ownerId?.message}
        options={meeting.ownerCandidates.map((person) => ({ value: person.id, label: person.organisation ? `${person.name} (${person.organisation})` : person.name }))}
      />
      <TextField
        type="date"
        label={labels.dueDate}
        description={kind === 'COMMITMENT' ? t('actionItems.dueDateHint') : undefined}
        required={kind === 'ACTION'}
        registration={register('dueDate')}
        error={formState.errors.dueDate?.message}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting}>
          {t('actionItems.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          {t('actionItems.cancel')}
        </Button>
      </ActionGroup>
    </form>
  );
};
