import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError } from '@doorbraak/web-data-access';
import { AppLink, DataTable, EmptyState, ErrorState, formatDate, LoadingState, PageHeading, PageLinks, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DossierFilters } from '../components/dossier-filters.component';
import { DossiersQuery } from '../graphql/dossiers.query';
import { nationalNamespace } from '../i18n/national.translations';
import { dossierFilterFrom } from '../utils/dossier-filter';

const PAGE_SIZE = 20;

// The national dossiers the caller may read, newest first, filtered by status and paged by the connection's cursor.
export const DossiersPage = () => {
  const { t } = useTranslation([nationalNamespace, 'common']);
  return (
    <section>
      <PageHeading intro={t('dossiers.intro')}>{t('dossiers.title')}</PageHeading>
      <DossierFilters />
      <DossierList />
    </section>
  );
};

const DossierList = () => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const [params] = useSearchParams();
  const filtered = Boolean(dossierFilterFrom(params).statuses);
  const { data, loading, error, refetch } = useQuery(DossiersQuery, {
    variables: { filter: dossierFilterFrom(params), first: PAGE_SIZE, after: params.get('na') },
  });
  const language = i18n.resolvedLanguage ?? 'nl';
  const connection = data?.dossiers;

  if (loading && !connection) return <LoadingState label={t('dossiers.loading')} />;
  if (error || !connection) {
    return <ErrorState title={t('dossiers.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  if (connection.edges.length === 0) {
    return (
      <EmptyState title={t('dossiers.emptyTitle')}>
        <Paragraph>{filtered ? t('dossiers.emptyFiltered') : t('dossiers.emptyMessage')}</Paragraph>
      </EmptyState>
    );
  }
  const { pageInfo } = connection;
  return (
    <>
      <p className="db-summary" aria-live="polite">
        {t('dossiers.count', { count: connection.totalCount })}
      </p>
      <DataTable
        id="dossiers"
        caption={t('dossiers.caption')}
        rows={connection.edges.map((edge) => edge.node)}
        rowKey={(node) => node.id}
        columns={[
          // The date under the title rather than in a column of its own, so the table fits a tablet's width.
          {
            header: t('dossiers.columns.title'),
            cell: (node) => (
              <>
                <AppLink to={WEB_PATHS.dossier(node.id)}>{node.title}</AppLink>{' '}
                <br />
                <span className="db-table__muted">{t('dossiers.openedOn', { date: formatDate(node.createdAt, language) })}</span>
              </>
            ),
          },
          {
            header: t('dossiers.columns.status'),
            // A proposal waits for the national coordinator, so it stands out.
            cell: (node) => <span className={node.status === 'PROPOSED' ? 'db-badge db-badge--warning' : 'db-badge'}>{t(`dossier.status.${node.status}`)}</span>,
          },
          // The ministry's own short name, as the programme uses it, keeps the table narrow enough for a tablet.
          {
            header: t('dossiers.columns.ministry'),
            cell: (node) => <abbr title={t(`common:enums.ministry.${node.owningMinistry}`)}>{node.owningMinistry}</abbr>,
          },
          // Both counts in one column, for the same reason.
          {
            header: t('dossiers.columns.size'),
            cell: (node) => (
              <>
                {t('dossiers.vastlopers', { count: node.vastlopers.length + node.hiddenVastloperCount })}
                {node.hiddenVastloperCount > 0 ? <span className="db-table__muted"> {t('dossiers.hidden', { count: node.hiddenVastloperCount })}</span> : null}
                {' '}
                <br />
                {t('dossiers.alliances', { count: new Set(node.vastlopers.map((vastloper) => vastloper.alliance.id)).size })}
              </>
            ),
          },
        ]}
      />
      <PageLinks label={t('dossiers.paging')} pageInfo={pageInfo} />
    </>
  );
};
