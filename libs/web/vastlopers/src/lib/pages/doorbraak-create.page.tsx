import { useMutation, useQuery } from '@apollo/client/react';
import { alliancesOf, MeQuery, toUserError } from '@doorbraak/web-data-access';
import { Alert, Button, CheckboxField, ErrorSummary, LoadingState, PageHeading, Paragraph, SelectField, TextareaField, TextField } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DOORBRAAK_OPTIONS, doorbraakSchema, type DoorbraakFormValues } from '../components/doorbraak-form.schema';
import { CreateDoorbraakMutation } from '../graphql/create-doorbraak.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const DoorbraakCreatePage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const navigate = useNavigate();
  const { data: me, loading } = useQuery(MeQuery);
  const [create] = useMutation(CreateDoorbraakMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => doorbraakSchema(t), [t]);
  const alliances = me ? alliancesOf(me.me) : [];
  const { register, handleSubmit, formState, setFocus, setError } = useForm<DoorbraakFormValues>({
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

  if (loading && !me) return <LoadingState />;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
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
        await navigate(`/doorbraken/${result.data.createDoorbraak.id}`);
      }
    } catch (error) {
      const userError = toUserError(error);
      const message = t(`common:${userError.messageKey}`);
      // An input error that names a field goes beside that field.
      if (userError.field && userError.field in values) {
        setError(userError.field as keyof DoorbraakFormValues, { message }, { shouldFocus: true });
      } else if (userError.code === 'TITLE_REQUIRED' || userError.code === 'TITLE_TOO_LONG') {
        setError('title', { message }, { shouldFocus: true });
      } else {
        setFailure(message);
      }
    }
  });

  const errors = Object.entries(formState.errors).map(([field, error]) => ({ field, message: error?.message ?? '' }));
  const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`common:enums.${group}.${value}`) }));

  return (
    <section>
      <PageHeading intro={t('doorbraken.formIntro')}>{t('doorbraken.formTitle')}</PageHeading>
      {alliances.length === 0 ? (
        <Alert type="info">
          <Paragraph>{t('doorbraken.noAlliance')}</Paragraph>
        </Alert>
      ) : (
        <>
          {failure ? (
            <div role="alert">
              <Alert type="error">
                <Paragraph>
                  <strong>{t('doorbraken.failed')}.</strong> {failure}
                </Paragraph>
              </Alert>
            </div>
          ) : null}
          <ErrorSummary errors={errors} submitCount={formState.submitCount} onSelect={(field) => setFocus(field as keyof DoorbraakFormValues)} />
          <form className="db-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField
              label={t('form.alliance')}
              required
              registration={register('allianceId')}
              error={formState.errors.allianceId?.message}
              options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))}
            />
            <TextField label={t('form.itemTitle')} required registration={register('title')} error={formState.errors.title?.message} />
            <SelectField
              label={t('doorbraken.kind')}
              required
              registration={register('kind')}
              error={formState.errors.kind?.message}
              emptyLabel={t('common:form.choose')}
              options={options('doorbraakKind', DOORBRAAK_OPTIONS.KINDS)}
            />
            <TextareaField label={t('form.description')} registration={register('description')} error={formState.errors.description?.message} />
            <SelectField
              label={t('form.actielijn')}
              registration={register('actielijn')}
              error={formState.errors.actielijn?.message}
              emptyLabel={t('common:form.choose')}
              options={options('actielijn', DOORBRAAK_OPTIONS.ACTIELIJNEN)}
            />
            <TextareaField
              label={t('doorbraken.impact')}
              description={t('doorbraken.impactHint')}
              registration={register('impact')}
              error={formState.errors.impact?.message}
            />
            <CheckboxField label={t('doorbraken.startOnLadder')} registration={register('running')} />
            <div>
              <Button type="submit" appearance="primary-action-button" busy={formState.isSubmitting} disabled={formState.isSubmitting}>
                {formState.isSubmitting ? t('form.busy') : t('doorbraken.submit')}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
};
