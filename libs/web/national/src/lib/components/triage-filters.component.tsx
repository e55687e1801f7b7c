import { useQuery } from '@apollo/client/react';
import { ActionGroup, Button, SelectField, withParams } from '@doorbraak/web-ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TriageAlliancesQuery } from '../graphql/triage-alliances.query';
import { nationalNamespace } from '../i18n/national.translations';
import { DEFAULT_WEEKS, TRIAGE_WEEKS } from '../utils/triage-filter';

const CATEGORIES = ['CAPACITEIT', 'FINANCIERING', 'GEGEVENSDELING', 'HUISVESTING', 'OVERIG', 'SAMENWERKING', 'UITVOERING', 'VEILIGHEID', 'WET_EN_REGELGEVING'];

type Values = { weken: string; alliantie: string; categorie: string };

// Period, alliance and category; applying writes them to the URL.
export const TriageFilters = () => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  const [params, setParams] = useSearchParams();
  const { data } = useQuery(TriageAlliancesQuery);
  const { register, handleSubmit } = useForm<Values>({
    values: {
      weken: params.get('weken') ?? String(DEFAULT_WEEKS),
      alliantie: params.get('alliantie') ?? '',
      categorie: params.get('categorie') ?? '',
    },
  });
  const alliances = [...(data?.alliances ?? [])].sort((left, right) => left.name.localeCompare(right.name, 'nl'));

  return (
    <form
      role="search"
      aria-label={t('triage.filters')}
      className="db-filters"
      onSubmit={(event) =>
        void handleSubmit((values) =>
          setParams(
            withParams(params, {
              weken: values.weken === String(DEFAULT_WEEKS) ? null : values.weken,
              alliantie: values.alliantie || null,
              categorie: values.categorie || null,
            }),
          ),
        )(event)
      }
    >
      <SelectField
        label={t('triage.weeks')}
        registration={register('weken')}
        options={TRIAGE_WEEKS.map((weeks) => ({ value: String(weeks), label: t('triage.weeksOption', { count: weeks }) }))}
      />
      {/* Remounted once the alliances are there, so the select shows the alliance from the URL. */}
      <SelectField
        key={alliances.length}
        label={t('triage.alliance')}
        registration={register('alliantie')}
        emptyLabel={t('triage.all')}
        options={alliances.map((alliance) => ({ value: alliance.id, label: alliance.name }))}
      />
      <SelectField
        label={t('triage.category')}
        registration={register('categorie')}
        emptyLabel={t('triage.all')}
        options={CATEGORIES.map((value) => ({ value, label: t(`common:enums.category.${value}`) }))}
      />
      <ActionGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('triage.apply')}
        </Button>
        <Button type="button" appearance="subtle-button" onClick={() => setParams({})}>
          {t('triage.reset')}
        </Button>
      </ActionGroup>
    </form>
  );
};
