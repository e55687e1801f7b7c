import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { ErrorState, Heading, LoadingState, PageHeading } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { AreasPanel } from '../components/areas-panel.component';
import { ExportDownloads } from '../components/export-downloads.component';
import { FigurePanels, KeyFigures, OverduePanel } from '../components/figure-panels.component';
import { HeatMapPanel, LawPanel, MinistryPanel, UnansweredPanel } from '../components/national-panels.component';
import { NationalDashboardQuery } from '../graphql/national-dashboard.query';
import { dashboardsNamespace } from '../i18n/dashboards.translations';
import { AllianceChooser } from '../components/alliance-chooser.component';

export const NationalDashboard = () => {
  const { t } = useTranslation([dashboardsNamespace, 'common']);
  const { data, loading, error, refetch } = useQuery(NationalDashboardQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="db-dashboard">
      <PageHeading intro={t('nationalIntro')}>{t('nationalTitle')}</PageHeading>
      <AllianceChooser />
      {loading && !data ? <LoadingState label={t('loading')} /> : null}
      {error && !data ? (
        <ErrorState title={t('loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch()} />
      ) : null}
      {data ? (
        <>
          <KeyFigures figures={data.nationalDashboard.totals} />
          <div className="db-dashboard__grid">
            <AreasPanel areas={data.nationalDashboard.areas} />
            <HeatMapPanel rows={data.nationalDashboard.heatMap} />
            <MinistryPanel rows={data.nationalDashboard.openPerMinistry} />
            <LawPanel rows={data.nationalDashboard.openPerLaw} />
            <UnansweredPanel rows={data.nationalDashboard.unansweredMinistries} />
          </div>
          <Heading level={2} className="db-dashboard__heading">
            {t('national.totals')}
          </Heading>
          <div className="db-dashboard__grid">
            <FigurePanels figures={data.nationalDashboard.totals} />
            <OverduePanel
              id="partnerTypes"
              total={data.nationalDashboard.totals.overdueActionItems}
              rows={data.nationalDashboard.overdueActionItemsPerPartnerType.map((row) => ({
                key: row.partnerType ?? 'NONE',
                label: row.partnerType ? t(`partnerType.${row.partnerType}`) : t('partners.noPartner'),
                count: row.count,
              }))}
            />
          </div>
          <ExportDownloads />
        </>
      ) : null}
    </section>
  );
};
