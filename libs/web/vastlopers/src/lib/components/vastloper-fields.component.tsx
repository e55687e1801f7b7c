import { CheckboxField, SelectField, TextareaField, TextField } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { VASTLOPER_OPTIONS, type VastloperFormFields } from './vastloper-form.schema';
import { enumOptions } from './enum-options';

// The typed-blocker fields, shared by the create and edit forms.
export const VastloperFields = ({ fields, alliances }: { fields: VastloperFormFields; alliances?: readonly { id: string; name: string }[] }) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const options = (group: string, values: readonly string[]) => enumOptions(t, group, values);
  return (
    <>
      {alliances ? (
        <SelectField {...fields.field('allianceId')} required options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))} />
      ) : null}
      <TextField {...fields.field('title')} required />
      <TextareaField {...fields.field('description')} />
      <SelectField {...fields.field('category')} required emptyLabel={t('common:form.choose')} options={options('category', VASTLOPER_OPTIONS.CATEGORIES)} />
      <SelectField {...fields.field('actielijn')} required emptyLabel={t('common:form.choose')} options={options('actielijn', VASTLOPER_OPTIONS.ACTIELIJNEN)} />
      <SelectField {...fields.field('owningMinistry')} emptyLabel={t('common:form.choose')} options={options('ministry', VASTLOPER_OPTIONS.MINISTRIES)} />
      <TextField {...fields.field('legalReference')} description={t('form.legalReferenceHint')} />
      <SelectField {...fields.field('remedy')} emptyLabel={t('common:form.choose')} options={options('remedy', VASTLOPER_OPTIONS.REMEDIES)} />
      <CheckboxField label={t('form.confidential')} registration={fields.register('confidential')} />
    </>
  );
};
