import { CheckboxField, SelectField, TextareaField, TextField } from '@doorbraak/web-ui';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { VASTLOPER_OPTIONS, type VastloperFormValues } from './vastloper-form.schema';

// The typed-blocker fields, shared by the create and edit forms.
export const VastloperFields = ({
  register,
  errors,
  alliances,
}: {
  register: UseFormRegister<VastloperFormValues>;
  errors: FieldErrors<VastloperFormValues>;
  alliances?: readonly { id: string; name: string }[];
}) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const options = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`common:enums.${group}.${value}`) }));
  return (
    <>
      {alliances ? (
        <SelectField
          label={t('form.alliance')}
          required
          registration={register('allianceId')}
          error={errors.allianceId?.message}
          options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))}
        />
      ) : null}
      <TextField label={t('form.itemTitle')} required registration={register('title')} error={errors.title?.message} />
      <TextareaField label={t('form.description')} registration={register('description')} error={errors.description?.message} />
      <SelectField
        label={t('form.category')}
        required
        registration={register('category')}
        error={errors.category?.message}
        emptyLabel={t('common:form.choose')}
        options={options('category', VASTLOPER_OPTIONS.CATEGORIES)}
      />
      <SelectField
        label={t('form.actielijn')}
        required
        registration={register('actielijn')}
        error={errors.actielijn?.message}
        emptyLabel={t('common:form.choose')}
        options={options('actielijn', VASTLOPER_OPTIONS.ACTIELIJNEN)}
      />
      <SelectField
        label={t('form.owningMinistry')}
        registration={register('owningMinistry')}
        error={errors.owningMinistry?.message}
        emptyLabel={t('common:form.choose')}
        options={options('ministry', VASTLOPER_OPTIONS.MINISTRIES)}
      />
      <TextField
        label={t('form.legalReference')}
        description={t('form.legalReferenceHint')}
        registration={register('legalReference')}
        error={errors.legalReference?.message}
      />
      <SelectField
        label={t('form.remedy')}
        registration={register('remedy')}
        error={errors.remedy?.message}
        emptyLabel={t('common:form.choose')}
        options={options('remedy', VASTLOPER_OPTIONS.REMEDIES)}
      />
      <CheckboxField label={t('form.confidential')} registration={register('confidential')} />
    </>
  );
};
