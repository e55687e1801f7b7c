import { useMutation } from '@apollo/client/react';
import { MINISTRIES } from '@doorbraak/domain';
import { toUserError } from '@doorbraak/web-data-access';
import { formFields, FormShell, SelectField, TextareaField, TextField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CreateBundleMutation } from '../graphql/create-bundle.mutation';
import { nationalNamespace } from '../i18n/national.translations';
import type { TriageNode } from './triage-item.component';

const bundleSchema = (t: TFunction) =>
  z.object({
    similarIds: z.array(z.string()).min(1, t('triage.bundle.chooseOne')),
    title: z.string().trim().min(1, t('common:form.required')).max(200, t('common:form.tooLong', { max: 200 })),
    cause: z.string().trim().min(1, t('common:form.required')).max(10_000, t('common:form.tooLong', { max: 10_000 })),
    owningMinistry: z.enum(MINISTRIES, { message: t('common:form.required') }),
  });

type BundleValues = z.infer<ReturnType<typeof bundleSchema>>;

// The dossier just opened, with how many vastlopers it carries.
export type BundledDossier = { id: string; title: string; count: number };

// Bundles the item with the matches chosen into a new national dossier (the national coordinator's).
export const BundleForm = ({ item, onDone, onCancel }: { item: TriageNode; onDone: (dossier: BundledDossier) => void; onCancel: () => void }) => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const schema = useMemo(() => bundleSchema(t), [t]);
  const form = useFormWithSummary<BundleValues>({
    resolver: zodResolver(schema),
    defaultValues: { similarIds: [], title: item.title, cause: '', owningMinistry: '' as BundleValues['owningMinistry'] },
  });
  const [create] = useMutation(CreateBundleMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const formName = `bundle-${item.id}`;
  const fields = formFields(form, formName, {
    similarIds: t('triage.bundle.matches'),
    title: t('triage.bundle.title'),
    cause: t('triage.bundle.cause'),
    owningMinistry: t('triage.bundle.ministry'),
  });
  const matchesError = form.formState.errors.similarIds?.message;
  // Opening the form takes the focus to its first question.
  const matches = useRef<HTMLFieldSetElement>(null);
  useEffect(() => matches.current?.focus(), []);

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await create({
        variables: {
          input: {
            title: values.title.trim(),
            cause: values.cause.trim(),
            owningMinistry: values.owningMinistry,
            vastloperIds: [item.id, ...values.similarIds],
          },
        },
      });
      if (result.data) onDone({ ...result.data.createDossier, count: values.similarIds.length + 1 });
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <div className="db-bundle">
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={form.formState.submitCount}
        failure={{ title: t('triage.bundle.failed'), message: failure }}
        submitLabel={t('triage.bundle.submit')}
        busy={form.formState.isSubmitting}
        cancelLabel={t('common:confirm.cancel')}
        onCancel={onCancel}
      >
        <fieldset ref={matches} id={`${formName}-similarIds`} className="db-bundle__matches" aria-describedby={matchesError ? `${formName}-similarIds-error` : undefined} tabIndex={-1}>
          <legend>{t('triage.bundle.matches')}</legend>
          {matchesError ? (
            <p id={`${formName}-similarIds-error`} className="utrecht-form-field-error-message">
              {matchesError}
            </p>
          ) : null}
          {item.similar.map((match) => (
            <label key={match.vastloper.id} className="db-bundle__match">
              {/* A vastloper is in one open dossier at a time: one that is already carried cannot be chosen. */}
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                value={match.vastloper.id}
                disabled={Boolean(match.vastloper.dossier)}
                {...form.register('similarIds')}
              />{' '}
              {t('triage.bundle.match', { title: match.vastloper.title, alliance: match.vastloper.alliance.name })}
              {match.vastloper.dossier ? ` — ${t('triage.bundle.inDossier', { title: match.vastloper.dossier.title })}` : null}
            </label>
          ))}
        </fieldset>
        <TextField {...fields.field('title')} required />
        <TextareaField {...fields.field('cause')} required description={t('triage.bundle.causeHint')} />
        <SelectField
          {...fields.field('owningMinistry')}
          required
          emptyLabel={t('common:form.choose')}
          options={MINISTRIES.map((value) => ({ value, label: t(`common:enums.ministry.${value}`) }))}
        />
      </FormShell>
    </div>
  );
};
