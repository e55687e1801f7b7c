import { useQuery } from '@apollo/client/react';
import { alliancesOf, MeQuery, primaryRole, toUserError } from '@doorbraak/web-data-access';
import { EmptyState, ErrorState, LoadingState, PageHeading } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { DashboardAlliancesQuery } from '../graphql/dashboard-alliances.query';
import { dashboardsNamespace } from '../i18n/dashboards.translations';
import { NationalDashboard } from './national-dashboard.page';

// /dashboard: the national dashboard for the national programme team, else the dashboard of the
// person's (first) alliance.
export const DashboardPage = () => {
  const { t } = useTranslation([dashboardsNamespace, 'common']);
  const me = useQuery(MeQuery);
  const alliances = useQuery(DashboardAlliancesQuery);
  if ((me.loading && !me.data) || (alliances.loading && !alliances.data)) return <LoadingState label={t('loading')} />;
  const error = me.error ?? alliances.error;
  if (error || !me.data || !alliances.data) {
    return <ErrorState title={t('loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void me.refetch()} />;
  }
  if (primaryRole(me.data.me) === 'NATIONAL_COORDINATOR') {
    return <NationalDashboard />;
  }
  const own = alliancesOf(me.data.me)
    .map((membership) => alliances.data?.alliances.find((alliance) => alliance.id === membership.id))
    .find((alliance) => alliance !== undefined);
  if (own) {
    return <Navigate to={`/dashboard/${own.slug}`} replace />;
  }
  return (
    <section>
      <PageHeading>{t('title')}</PageHeading>
      <EmptyState title={t('noDashboard')} />
    </section>
  );
};
