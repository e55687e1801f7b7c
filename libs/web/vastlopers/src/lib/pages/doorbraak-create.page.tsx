import { useMutation, useQuery } from '@apollo/client/react';
import { alliancesOf, MeQuery, toUserError } from '@doorbraak/web-data-access';
import { Alert, Button, CheckboxField, ErrorSummary, formFields, LoadingState, PageHeading, Paragraph, SelectField, TextareaField, TextField } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DOORBRAAK_OPTIONS, doorbraakSchema, type DoorbraakFormValues } from '../components/doorbraak-form.schema';
import { enumOptions } from '../components/enum-options';
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
  const form = useForm<DoorbraakFormValues>({
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
  const fields = formFields(form, 'doorbraak', {
    allianceId: t('form.alliance'),
    title: t('form.itemTitle'),
    kind: t('doorbraken.kind'),
    description: t('form.description'),
    actielijn: t('form.actielijn'),
    impact: t('doorbraken.impact'),
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

  const options = (group: string, values: readonly string[]) => enumOptions(t, group, values);

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
          <ErrorSummary errors={fields.summary} submitCount={formState.submitCount} />
          <form className="db-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField {...fields.field('allianceId')} required options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))} />
            <TextField {...fields.field('title')} required />
            <SelectField {...fields.field('kind')} required emptyLabel={t('common:form.choose')} options={options('doorbraakKind', DOORBRAAK_OPTIONS.KINDS)} />
            <TextareaField {...fields.field('description')} />
            <SelectField {...fields.field('actielijn')} emptyLabel={t('common:form.choose')} options={options('actielijn', DOORBRAAK_OPTIONS.ACTIELIJNEN)} />
            <TextareaField {...fields.field('impact')} description={t('doorbraken.impactHint')} />
            <CheckboxField label={t('doorbraken.startOnLadder')} registration={fields.register('running')} />
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
