import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { AppLink, DataTable, formatDate } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ItemBadges } from '../components/item-badges.component';
import { ItemListPage, PagedItems } from '../components/item-list.component';
import { LadderBoard } from '../components/ladder-board.component';
import { vastloperFilterFrom, vastloperOrderFrom } from '../components/url-filters';
import { VastloperExport } from '../components/vastloper-export.component';
import { VastloperFilters } from '../components/vastloper-filters.component';
import { VastlopersQuery } from '../graphql/vastlopers.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

const PAGE_SIZE = 20;

export const VastlopersPage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  return (
    <ItemListPage
      title={t('list.title')}
      intro={t('list.intro')}
      createTo={WEB_PATHS.newVastloper()}
      createLabel={t('list.create')}
      filters={<VastloperFilters />}
      board={<LadderBoard />}
      list={
        <>
          <VastloperList />
          <VastloperExport />
        </>
      }
    />
  );
};

const VastloperList = () => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(VastlopersQuery, {
    variables: { filter: vastloperFilterFrom(params), orderBy: vastloperOrderFrom(params), first: PAGE_SIZE, after: params.get('na') },
  });
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <PagedItems
      connection={data?.vastlopers}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
      texts={{
        loading: t('list.loading'),
        loadError: t('list.loadError'),
        emptyTitle: t('list.emptyTitle'),
        emptyMessage: t('list.emptyMessage'),
        count: (count) => t('list.count', { count }),
      }}
    >
      {(nodes) => (
        <DataTable
          id="vastlopers"
          caption={t('list.caption')}
          rows={nodes}
          rowKey={(node) => node.id}
          columns={[
            {
              header: t('list.columns.title'),
              cell: (node) => (
                <>
                  <AppLink to={WEB_PATHS.vastloper(node.id)}>{node.title}</AppLink>{' '}
                  <ItemBadges stalled={node.stalled} confidential={node.confidential} overdue={node.overdueAtTop} answerFlag={node.answerTime?.flag} />
                </>
              ),
            },
            { header: t('list.columns.alliance'), cell: (node) => node.alliance.name },
            { header: t('list.columns.rung'), cell: (node) => t(`common:enums.rung.${node.rung}`) },
            { header: t('list.columns.status'), cell: (node) => t(`common:enums.vastloperStatus.${node.status}`) },
            { header: t('list.columns.since'), cell: (node) => formatDate(node.rungEnteredAt, language) },
          ]}
        />
      )}
    </PagedItems>
  );
};
