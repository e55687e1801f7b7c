import { useMutation, useQuery } from '@apollo/client/react';
import { alliancesOf, MeQuery, toUserError } from '@doorbraak/web-data-access';
import { Alert, Button, ErrorSummary, formFields, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { VastloperFields } from '../components/vastloper-fields.component';
import { vastloperLabels, vastloperSchema, type VastloperFormValues } from '../components/vastloper-form.schema';
import { CreateVastloperMutation } from '../graphql/create-vastloper.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const VastloperCreatePage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const navigate = useNavigate();
  const { data: me, loading } = useQuery(MeQuery);
  const [create] = useMutation(CreateVastloperMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => vastloperSchema(t), [t]);
  const alliances = me ? alliancesOf(me.me) : [];
  const form = useForm<VastloperFormValues>({
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
  const fields = formFields(form, 'vastloper', vastloperLabels(t));

  if (loading && !me) return <LoadingState />;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await create({
        variables: {
          input: {
            allianceId: values.allianceId,
            title: values.title.trim(),
            description: values.description.trim() || null,
            category: values.category,
            actielijn: values.actielijn,
            owningMinistry: values.owningMinistry || null,
            legalReference: values.legalReference.trim() || null,
            remedy: values.remedy || null,
            confidential: values.confidential,
          },
        },
      });
      if (result.data) {
        await navigate(`/vastlopers/${result.data.createVastloper.id}`);
      }
    } catch (error) {
      const userError = toUserError(error);
      const message = t(`common:${userError.messageKey}`);
      // An input error that names a field goes beside that field.
      if (userError.field && userError.field in values) {
        setError(userError.field as keyof VastloperFormValues, { message }, { shouldFocus: true });
      } else if (userError.code === 'TITLE_REQUIRED' || userError.code === 'TITLE_TOO_LONG') {
        setError('title', { message }, { shouldFocus: true });
      } else {
        setFailure(message);
      }
    }
  });

  return (
    <section>
      <PageHeading intro={t('form.intro')}>{t('form.title')}</PageHeading>
      {alliances.length === 0 ? (
        <Alert type="info">
          <Paragraph>{t('form.noAlliance')}</Paragraph>
        </Alert>
      ) : (
        <>
          {failure ? (
            <div role="alert">
              <Alert type="error">
                <Paragraph>
                  <strong>{t('form.failed')}.</strong> {failure}
                </Paragraph>
              </Alert>
            </div>
          ) : null}
          <ErrorSummary errors={fields.summary} submitCount={formState.submitCount} />
          <form className="db-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <VastloperFields fields={fields} alliances={alliances} />
            <div>
              <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
                {formState.isSubmitting ? t('form.busy') : t('form.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
};
