import { useMutation } from '@apollo/client/react';
import { toUserError, type VastloperQuery } from '@doorbraak/web-data-access';
import { FailureAlert, formFields, FormButtons, Heading } from '@doorbraak/web-ui';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { UpdateVastloperMutation } from '../graphql/update-vastloper.mutation';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { VastloperFields } from './vastloper-fields.component';
import { vastloperInput, vastloperLabels, vastloperSchema, type VastloperFormValues } from './vastloper-form.schema';

export const VastloperEditForm = ({
  item,
  onClose,
  onSaved,
}: {
  item: VastloperQuery['vastloper'];
  onClose: () => void;
  onSaved: () => Promise<void>;
}) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [update] = useMutation(UpdateVastloperMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const schema = useMemo(() => vastloperSchema(t), [t]);
  const form = useForm<VastloperFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      allianceId: item.alliance.id,
      title: item.title,
      description: item.description,
      category: item.category,
      actielijn: item.actielijn,
      owningMinistry: item.owningMinistry ?? '',
      legalReference: item.legalReference ?? '',
      remedy: item.remedy ?? '',
      confidential: item.confidential,
    },
  });
  const { handleSubmit, formState, setFocus } = form;
  const fields = formFields(form, 'vastloper-edit', vastloperLabels(t));
  useEffect(() => setFocus('title'), [setFocus]);

  return (
    <form
      className="db-form db-card db-section"
      noValidate
      aria-labelledby="edit-heading"
      onSubmit={(event) =>
        void handleSubmit(async (values) => {
          setFailure(null);
          try {
            // An emptied description is cleared, not left as it was.
            await update({ variables: { input: { id: item.id, ...vastloperInput(values), description: values.description.trim() } } });
            await onSaved();
          } catch (error) {
            setFailure(t(`common:${toUserError(error).messageKey}`));
          }
        })(event)
      }
    >
      <Heading level={2} id="edit-heading">
        {t('form.editTitle')}
      </Heading>
      <FailureAlert message={failure} />
      <VastloperFields fields={fields} />
      <FormButtons submitLabel={t('actions.save')} busy={formState.isSubmitting} cancelLabel={t('actions.cancel')} onCancel={onClose} />
    </form>
  );
};
