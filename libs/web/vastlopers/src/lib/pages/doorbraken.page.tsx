import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { AppLink, DataTable } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DoorbraakBoard } from '../components/doorbraak-board.component';
import { ItemBadges } from '../components/item-badges.component';
import { ItemListPage, PagedItems } from '../components/item-list.component';
import { doorbraakFilterFrom } from '../components/url-filters';
import { DoorbrakenQuery } from '../graphql/doorbraken.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const DoorbrakenPage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  return (
    <ItemListPage
      title={t('doorbraken.title')}
      intro={t('doorbraken.intro')}
      createTo={WEB_PATHS.newDoorbraak()}
      createLabel={t('doorbraken.create')}
      board={<DoorbraakBoard />}
      list={<DoorbraakList />}
    />
  );
};

const DoorbraakList = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(DoorbrakenQuery, {
    variables: { filter: doorbraakFilterFrom(params), first: 20, after: params.get('na') },
  });
  return (
    <PagedItems
      connection={data?.doorbraken}
      loading={loading}
      error={error}
      onRetry={() => void refetch().catch(() => undefined)}
      texts={{
        loading: t('doorbraken.loading'),
        loadError: t('doorbraken.loadError'),
        emptyTitle: t('doorbraken.emptyTitle'),
        emptyMessage: t('doorbraken.emptyMessage'),
        count: (count) => t('doorbraken.count', { count }),
      }}
    >
      {(nodes) => (
        <DataTable
          id="doorbraken"
          caption={t('doorbraken.caption')}
          rows={nodes}
          rowKey={(node) => node.id}
          columns={[
            {
              header: t('doorbraken.columns.title'),
              cell: (node) => (
                <>
                  <AppLink to={WEB_PATHS.doorbraak(node.id)}>{node.title}</AppLink> <ItemBadges stalled={node.stalled} />
                </>
              ),
            },
            { header: t('doorbraken.columns.alliance'), cell: (node) => node.alliance.name },
            { header: t('doorbraken.columns.kind'), cell: (node) => t(`common:enums.doorbraakKind.${node.kind}`) },
            { header: t('doorbraken.columns.status'), cell: (node) => t(`common:enums.doorbraakStatus.${node.status}`) },
            { header: t('doorbraken.columns.rung'), cell: (node) => (node.rung ? t(`common:enums.rung.${node.rung}`) : t('doorbraken.notOnLadder')) },
            { header: t('doorbraken.columns.impact'), cell: (node) => node.impact ?? '' },
          ]}
        />
      )}
    </PagedItems>
  );
};
