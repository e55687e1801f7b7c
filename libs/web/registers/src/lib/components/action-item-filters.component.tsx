import { useQuery } from '@apollo/client/react';
import { ActionGroup, Button, CheckboxField, SelectField } from '@doorbraak/web-ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RegisterAlliancesQuery } from '../graphql/register-options.query';
import { registersNamespace } from '../i18n/registers.translations';
import { setParams } from './url-params';

type Values = { alliantie: string; status: string; mijn: boolean; verlopen: boolean };

export const ActionItemFilters = () => {
  const { t } = useTranslation(registersNamespace);
  const [params, setSearch] = useSearchParams();
  const { data } = useQuery(RegisterAlliancesQuery);
  const { register, handleSubmit } = useForm<Values>({
    values: { alliantie: params.get('alliantie') ?? '', status: params.get('status') === 'alle' ? 'alle' : 'open', mijn: params.get('mijn') === 'ja', verlopen: params.get('verlopen') === 'ja' },
  });
  const alliances = data?.alliances ?? [];

  return (
    <form
      role="search"
      aria-label={t('actionItems.filters')}
      className="db-filters"
      onSubmit={(event) =>
        void handleSubmit((values) =>
          setSearch(
            setParams(params, {
              alliantie: values.alliantie || null,
              status: values.status === 'alle' ? 'alle' : null,
              mijn: values.mijn ? 'ja' : null,
              verlopen: values.verlopen ? 'ja' : null,
            }),
          ),
        )(event)
      }
    >
      {alliances.length > 1 ? (
        <SelectField
          label={t('actionItems.alliance')}
          registration={register('alliantie')}
          emptyLabel={t('actionItems.all')}
          options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))}
        />
      ) : null}
      <SelectField
        label={t('actionItems.status')}
        registration={register('status')}
        options={[
          { value: 'open', label: t('actionItems.statusOpen') },
          { value: 'alle', label: t('actionItems.statusAll') },
        ]}
      />
      <CheckboxField label={t('actionItems.mine')} registration={register('mijn')} />
      <CheckboxField label={t('actionItems.overdueOnly')} registration={register('verlopen')} />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('actionItems.apply')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setSearch(setParams(new URLSearchParams(), { soort: params.get('soort') }))}>
          {t('actionItems.reset')}
        </Button>
      </ActionGroup>
    </form>
  );
};
