import { ActionGroup, Button, SelectField, withParams } from '@doorbraak/web-ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { nationalNamespace } from '../i18n/national.translations';
import { DOSSIER_STATUSES } from '../utils/dossier-filter';

type Values = { status: string };

// The status to show; applying writes it to the URL and starts at the first page.
export const DossierFilters = () => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const [params, setParams] = useSearchParams();
  const { register, handleSubmit } = useForm<Values>({ values: { status: params.get('status') ?? '' } });

  return (
    <form
      role="search"
      aria-label={t('dossiers.filters')}
      className="db-filters db-filters--inline"
      onSubmit={(event) => void handleSubmit((values) => setParams(withParams(params, { status: values.status || null })))(event)}
    >
      <SelectField
        label={t('dossiers.status')}
        registration={register('status')}
        emptyLabel={t('dossiers.allStatuses')}
        options={DOSSIER_STATUSES.map((status) => ({ value: status, label: t(`dossier.status.${status}`) }))}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('dossiers.apply')}
        </Button>
      </ActionGroup>
    </form>
  );
};
