import { useQuery } from '@apollo/client/react';
import { MeQuery, primaryRole, toUserError } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AllianceChooser } from '../components/alliance-chooser.component';
import { FigurePanels, KeyFigures, OverduePanel } from '../components/figure-panels.component';
import { AllianceDashboardQuery } from '../graphql/alliance-dashboard.query';
import { DashboardAlliancesQuery } from '../graphql/dashboard-alliances.query';
import { dashboardsNamespace } from '../i18n/dashboards.translations';

export const AllianceDashboardPage = () => {
  const { t } = useTranslation([dashboardsNamespace, 'common']);
  const { allianceSlug } = useParams();
  const me = useQuery(MeQuery);
  const alliances = useQuery(DashboardAlliancesQuery);
  const alliance = alliances.data?.alliances.find((candidate) => candidate.slug === allianceSlug);
  const dashboard = useQuery(AllianceDashboardQuery, {
    variables: { allianceId: alliance?.id ?? '' },
    skip: !alliance,
    fetchPolicy: 'cache-and-network',
  });
  const national = me.data ? primaryRole(me.data.me) === 'NATIONAL_COORDINATOR' : false;

  if (alliances.loading && !alliances.data) return <LoadingState label={t('loading')} />;
  if (alliances.error || !alliance) {
    const code = alliances.error ? toUserError(alliances.error).messageKey : 'errors.NOT_FOUND';
    return (
      <section>
        <PageHeading>{t('title')}</PageHeading>
        <ErrorState title={t('loadError')} message={t(`common:${code}`)} onRetry={alliances.error ? () => void alliances.refetch() : undefined} />
      </section>
    );
  }
  const data = dashboard.data?.allianceDashboard;
  return (
    <section className="db-dashboard">
      <PageHeading intro={t('allianceIntro')}>{t('allianceTitle', { name: alliance.name })}</PageHeading>
      {national ? (
        <Paragraph>
          <AppLink to="/dashboard">{t('toNational')}</AppLink>
        </Paragraph>
      ) : null}
      <AllianceChooser current={alliance.slug} />
      {dashboard.loading && !data ? <LoadingState label={t('loading')} /> : null}
      {dashboard.error && !data ? (
        <ErrorState title={t('loadError')} message={t(`common:${toUserError(dashboard.error).messageKey}`)} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {data ? (
        <>
          <KeyFigures figures={data.figures} />
          <div className="db-dashboard__grid">
            <FigurePanels figures={data.figures} />
            <OverduePanel
              id="partners"
              total={data.figures.overdueActionItems}
              rows={data.overdueActionItemsPerPartner.map((row) => ({
                key: row.partnerId ?? 'NONE',
                label: row.partnerName ?? t('partners.noPartner'),
                count: row.count,
              }))}
            />
          </div>
        </>
      ) : null}
    </section>
  );
};
