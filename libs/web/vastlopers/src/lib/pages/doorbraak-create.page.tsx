import { useMutation } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { CheckboxField, formFields, FormShell, SelectField, TextareaField, TextField, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DOORBRAAK_OPTIONS, doorbraakSchema, type DoorbraakFormValues } from '../components/doorbraak-form.schema';
import { enumOptions } from '../components/enum-options';
import { ItemCreateLayout } from '../components/item-create-layout.component';
import { useItemSave, useViewerAlliances } from '../components/item-form';
import { CreateDoorbraakMutation } from '../graphql/create-doorbraak.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const DoorbraakCreatePage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const navigate = useNavigate();
  const { alliances, loading } = useViewerAlliances();
  const [create] = useMutation(CreateDoorbraakMutation);
  const schema = useMemo(() => doorbraakSchema(t), [t]);
  const form = useFormWithSummary<DoorbraakFormValues>({
    resolver: zodResolver(schema),
    values: {
      allianceId: alliances[0]?.id ?? '',
      title: '',
      kind: '' as DoorbraakFormValues['kind'],
      description: '',
      actielijn: '',
      impact: '',
      running: false,
    },
    resetOptions: { keepDirtyValues: true },
  });
  const { handleSubmit, formState, setError } = form;
  const { failure, save } = useItemSave(setError);
  const fields = formFields(form, 'doorbraak', {
    allianceId: t('form.alliance'),
    title: t('form.itemTitle'),
    kind: t('doorbraken.kind'),
    description: t('form.description'),
    actielijn: t('form.actielijn'),
    impact: t('doorbraken.impact'),
  });
  const choose = t('common:form.choose');

  const onSubmit = handleSubmit((values) =>
    save(values, async () => {
      const result = await create({
        variables: {
          input: {
            allianceId: values.allianceId,
            title: values.title.trim(),
            kind: values.kind,
            description: values.description.trim() || null,
            actielijn: values.actielijn || null,
            impact: values.impact.trim() || null,
            status: values.running ? 'LOPEND' : 'IDEE',
          },
        },
      });
      if (result.data) {
        await navigate(WEB_PATHS.doorbraak(result.data.createDoorbraak.id));
      }
    }),
  );

  return (
    <ItemCreateLayout
      title={t('doorbraken.formTitle')}
      intro={t('doorbraken.formIntro')}
      loading={loading}
      noAlliance={alliances.length === 0 ? t('doorbraken.noAlliance') : null}
    >
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={formState.submitCount}
        failure={{ title: t('doorbraken.failed'), message: failure }}
        submitLabel={formState.isSubmitting ? t('form.busy') : t('doorbraken.submit')}
        busy={formState.isSubmitting}
      >
        <SelectField {...fields.field('allianceId')} required options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))} />
        <TextField {...fields.field('title')} required />
        <SelectField {...fields.field('kind')} required emptyLabel={choose} options={enumOptions(t, 'doorbraakKind', DOORBRAAK_OPTIONS.KINDS)} />
        <TextareaField {...fields.field('description')} />
        <SelectField {...fields.field('actielijn')} emptyLabel={choose} options={enumOptions(t, 'actielijn', DOORBRAAK_OPTIONS.ACTIELIJNEN)} />
        <TextareaField {...fields.field('impact')} description={t('doorbraken.impactHint')} />
        <CheckboxField label={t('doorbraken.startOnLadder')} registration={fields.register('running')} />
      </FormShell>
    </ItemCreateLayout>
  );
};
