import { useMutation } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { formFields, FormShell, useFormWithSummary } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ItemCreateLayout } from '../components/item-create-layout.component';
import { useItemSave, useViewerAlliances } from '../components/item-form';
import { VastloperFields } from '../components/vastloper-fields.component';
import { vastloperInput, vastloperLabels, vastloperSchema, type VastloperFormValues } from '../components/vastloper-form.schema';
import { CreateVastloperMutation } from '../graphql/create-vastloper.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const VastloperCreatePage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const navigate = useNavigate();
  const { alliances, loading } = useViewerAlliances();
  const [create] = useMutation(CreateVastloperMutation);
  const schema = useMemo(() => vastloperSchema(t), [t]);
  const form = useFormWithSummary<VastloperFormValues>({
    resolver: zodResolver(schema),
    values: {
      allianceId: alliances[0]?.id ?? '',
      title: '',
      description: '',
      category: '' as VastloperFormValues['category'],
      actielijn: '' as VastloperFormValues['actielijn'],
      owningMinistry: '',
      legalReference: '',
      remedy: '',
      confidential: false,
    },
    resetOptions: { keepDirtyValues: true },
  });
  const { handleSubmit, formState, setError } = form;
  const { failure, save } = useItemSave(setError);
  const fields = formFields(form, 'vastloper', vastloperLabels(t));

  const onSubmit = handleSubmit((values) =>
    save(values, async () => {
      const result = await create({ variables: { input: { allianceId: values.allianceId, ...vastloperInput(values) } } });
      if (result.data) {
        await navigate(WEB_PATHS.vastloper(result.data.createVastloper.id));
      }
    }),
  );

  return (
    <ItemCreateLayout title={t('form.title')} intro={t('form.intro')} loading={loading} noAlliance={alliances.length === 0 ? t('form.noAlliance') : null}>
      <FormShell
        onSubmit={onSubmit}
        summary={fields.summary}
        submitCount={formState.submitCount}
        failure={{ title: t('form.failed'), message: failure }}
        submitLabel={formState.isSubmitting ? t('form.busy') : t('form.submit')}
        busy={formState.isSubmitting}
      >
        <VastloperFields fields={fields} alliances={alliances} />
      </FormShell>
    </ItemCreateLayout>
  );
};
