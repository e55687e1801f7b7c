import { ActionGroup, Button, CheckboxField, SelectField, TextField } from '@doorbraak/web-ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { RUNGS } from './ladder';
import { LONGEST_WITHOUT_PROGRESS, withParams } from './url-filters';

const CATEGORIES = ['CAPACITEIT', 'FINANCIERING', 'GEGEVENSDELING', 'HUISVESTING', 'OVERIG', 'SAMENWERKING', 'UITVOERING', 'VEILIGHEID', 'WET_EN_REGELGEVING'];
const ACTIELIJNEN = ['MEEDOEN', 'SAMENHANGENDE_AANPAK', 'VEILIGHEID', 'WONINGEN_EN_WIJKEN'];
const MINISTRIES = ['BZK', 'JenV', 'OCW', 'SZW', 'VWS'];
const STATUSES = ['OPEN', 'IN_BEHANDELING', 'GEPARKEERD', 'OPGELOST', 'INGETROKKEN'];

type Values = {
  zoek: string;
  status: string;
  trede: string;
  categorie: string;
  actielijn: string;
  ministerie: string;
  vastgelopen: boolean;
  overtijd: boolean;
  volgorde: string;
};

// Every filter of the API; applying writes them to the URL.
export const VastloperFilters = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params, setParams] = useSearchParams();
  const { register, handleSubmit, reset } = useForm<Values>({
    values: {
      zoek: params.get('zoek') ?? '',
      status: params.get('status') ?? 'lopend',
      trede: params.get('trede') ?? '',
      categorie: params.get('categorie') ?? '',
      actielijn: params.get('actielijn') ?? '',
      ministerie: params.get('ministerie') ?? '',
      vastgelopen: params.get('vastgelopen') === 'ja',
      overtijd: params.get('overtijd') === 'ja',
      volgorde: params.get('volgorde') ?? '',
    },
  });
  const option = (group: string) => (value: string) => ({ value, label: t(`common:enums.${group}.${value}`) });

  return (
    <form
      role="search"
      aria-label={t('list.filters')}
      className="db-filters"
      onSubmit={(event) =>
        void handleSubmit((values) =>
          setParams(
            withParams(params, {
              zoek: values.zoek.trim() || null,
              status: values.status === 'lopend' ? null : values.status,
              trede: values.trede || null,
              categorie: values.categorie || null,
              actielijn: values.actielijn || null,
              ministerie: values.ministerie || null,
              vastgelopen: values.vastgelopen ? 'ja' : null,
              overtijd: values.overtijd ? 'ja' : null,
              volgorde: values.volgorde || null,
            }),
          ),
        )(event)
      }
    >
      <TextField type="search" label={t('list.search')} description={t('list.searchHint')} registration={register('zoek')} />
      <SelectField
        label={t('list.status')}
        registration={register('status')}
        options={[
          { value: 'lopend', label: t('list.openStatuses') },
          { value: 'alle', label: t('list.all') },
          ...STATUSES.map(option('vastloperStatus')),
        ]}
      />
      <SelectField label={t('list.rung')} registration={register('trede')} emptyLabel={t('list.all')} options={RUNGS.map(option('rung'))} />
      <SelectField label={t('list.category')} registration={register('categorie')} emptyLabel={t('list.all')} options={CATEGORIES.map(option('category'))} />
      <SelectField label={t('list.actielijn')} registration={register('actielijn')} emptyLabel={t('list.all')} options={ACTIELIJNEN.map(option('actielijn'))} />
      <SelectField label={t('list.ministry')} registration={register('ministerie')} emptyLabel={t('list.all')} options={MINISTRIES.map(option('ministry'))} />
      <CheckboxField label={t('list.stalledOnly')} registration={register('vastgelopen')} />
      <CheckboxField label={t('list.overdueOnly')} registration={register('overtijd')} />
      <SelectField
        label={t('list.order')}
        registration={register('volgorde')}
        emptyLabel={t('list.orderNewest')}
        options={[{ value: LONGEST_WITHOUT_PROGRESS, label: t('list.orderLongestWithoutProgress') }]}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('list.apply')}
        </Button>
        <Button
          type="button"
          appearance="subtle-button"
          onClick={() => {
            reset();
            const view = params.get('weergave');
            setParams(view ? { weergave: view } : {});
          }}
        >
          {t('list.reset')}
        </Button>
      </ActionGroup>
    </form>
  );
};
