import { useMutation } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { formFields, FormShell, Heading, SelectField, TextareaField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AddDossierNoteMutation } from '../graphql/add-dossier-note.mutation';
import { nationalNamespace } from '../i18n/national.translations';

// Outcomes are written by closing the dossier, so a note is progress or a decision.
const NOTE_KINDS = ['PROGRESS', 'DECISION'] as const;
const NOTE_MAX = 5000;

const noteSchema = (t: TFunction) =>
  z.object({
    kind: z.enum(NOTE_KINDS, { message: t('common:form.required') }),
    text: z.string().trim().min(1, t('common:form.required')).max(NOTE_MAX, t('common:form.tooLong', { max: NOTE_MAX })),
  });

type NoteValues = z.infer<ReturnType<typeof noteSchema>>;

// Progress or a decision on the dossier; the people of every alliance it carries are told.
export const DossierNoteForm = ({ dossierId, onDone }: { dossierId: string; onDone: () => Promise<unknown> }) => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const schema = useMemo(() => noteSchema(t), [t]);
  const form = useFormWithSummary<NoteValues>({ resolver: zodResolver(schema), defaultValues: { kind: 'PROGRESS', text: '' } });
  const [add] = useMutation(AddDossierNoteMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = formFields(form, 'dossier-note', { kind: t('dossier.note.kind'), text: t('dossier.note.text') });

  const onSubmit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      await add({ variables: { dossierId, kind: values.kind, text: values.text.trim() } });
      form.reset({ kind: values.kind, text: '' });
      await onDone();
    } catch (error) {
      setFailure(t(`common:${toUserError(error).messageKey}`));
    }
  });

  return (
    <section className="db-section" aria-labelledby="dossier-note-heading">
      <Heading level={2} id="dossier-note-heading">
        {t('dossier.note.title')}
      </Heading>
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={form.formState.submitCount}
        failure={{ title: t('dossier.note.failed'), message: failure }}
        submitLabel={t('dossier.note.submit')}
        busy={form.formState.isSubmitting}
      >
        <SelectField {...fields.field('kind')} required options={NOTE_KINDS.map((value) => ({ value, label: t(`dossier.noteKind.${value}`) }))} />
        <TextareaField {...fields.field('text')} required description={t('dossier.note.hint')} />
      </FormShell>
    </section>
  );
};
