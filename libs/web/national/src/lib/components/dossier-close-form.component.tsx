import { useMutation } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { ConfirmAction, ErrorSummary, FailureAlert, formFields, Heading, SelectField, TextareaField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CloseDossierMutation } from '../graphql/close-dossier.mutation';
import { nationalNamespace } from '../i18n/national.translations';

// MERGED_INTO comes from merging only.
const OUTCOMES = ['RESOLVED', 'PARTLY_RESOLVED', 'NOT_RESOLVED', 'WITHDRAWN'] as const;
const TEXT_MAX = 2000;

const closeSchema = (t: TFunction) =>
  z.object({
    outcome: z.enum(OUTCOMES, { message: t('common:form.required') }),
    text: z.string().trim().max(TEXT_MAX, t('common:form.tooLong', { max: TEXT_MAX })),
  });

type CloseValues = z.infer<ReturnType<typeof closeSchema>>;

// Closes the dossier with its outcome, after confirming: its vastlopers are then free to join another.
export const DossierCloseForm = ({ dossierId, title, onDone }: { dossierId: string; title: string; onDone: () => Promise<unknown> }) => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const schema = useMemo(() => closeSchema(t), [t]);
  const form = useFormWithSummary<CloseValues>({ resolver: zodResolver(schema), defaultValues: { outcome: '' as CloseValues['outcome'], text: '' } });
  const [close, closing] = useMutation(CloseDossierMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = formFields(form, 'dossier-close', { outcome: t('dossier.close.outcome'), text: t('dossier.close.text') });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await close({ variables: { id: dossierId, outcome: values.outcome, text: values.text.trim() || null } });
      await onDone();
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <section className="db-section" aria-labelledby="dossier-close-heading">
      <Heading level={2} id="dossier-close-heading">
        {t('dossier.close.title')}
      </Heading>
      <FailureAlert title={t('dossier.close.failed')} message={failure} />
      <ErrorSummary errors={fields.summary} submitCount={form.formState.submitCount} />
      {/* Only the confirmation closes it, never an implicit submit. */}
      <form className="db-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <SelectField
          {...fields.field('outcome')}
          required
          emptyLabel={t('common:form.choose')}
          options={OUTCOMES.map((value) => ({ value, label: t(`dossier.outcome.${value}`) }))}
        />
        <TextareaField {...fields.field('text')} description={t('dossier.close.hint')} />
        <ConfirmAction
          label={t('dossier.close.submit')}
          question={t('dossier.close.question', { title })}
          confirmLabel={t('dossier.close.confirm')}
          busy={closing.loading}
          onConfirm={() => void onSubmit()}
        />
      </form>
    </section>
  );
};
