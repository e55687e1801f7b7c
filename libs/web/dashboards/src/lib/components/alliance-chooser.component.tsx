import { useQuery } from '@apollo/client/react';
import { Button, SelectField } from '@doorbraak/web-ui';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DashboardAlliancesQuery } from '../graphql/dashboard-alliances.query';
import { dashboardsNamespace } from '../i18n/dashboards.translations';

type Values = { alliantie: string };

// Another alliance's dashboard, among those the person may read. Choosing does not navigate by itself
// (a change of context on input would surprise keyboard and screen-reader users); the button does.
export const AllianceChooser = ({ current }: { current?: string }) => {
  const { t } = useTranslation(dashboardsNamespace);
  const navigate = useNavigate();
  const { data } = useQuery(DashboardAlliancesQuery);
  const alliances = data?.alliances ?? [];
  const { register, handleSubmit } = useForm<Values>({ values: { alliantie: current ?? alliances[0]?.slug ?? '' } });
  if (alliances.length === 0 || (current && alliances.length === 1)) {
    return null;
  }
  return (
    <form
      className="db-filters db-dashboard__chooser"
      aria-label={t('chooseDashboard')}
      onSubmit={(event) => void handleSubmit((values) => navigate(`/dashboard/${values.alliantie}`))(event)}
    >
      <SelectField
        label={t('chooseAlliance')}
        registration={register('alliantie')}
        options={[...alliances].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((alliance) => ({ value: alliance.slug, label: alliance.name }))}
      />
      <div>
        <Button type="submit" appearance="secondary-action-button">
          {t('show')}
        </Button>
      </div>
    </form>
  );
};
