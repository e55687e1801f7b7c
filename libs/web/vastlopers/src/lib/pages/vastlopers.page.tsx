import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import {
  AppLink,
  EmptyState,
  ErrorState,
  formatDate,
  LoadingState,
  PageHeading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LadderBoard } from '../components/ladder-board.component';
import { ItemBadges } from '../components/item-badges.component';
import { vastloperFilterFrom, withParams } from '../components/url-filters';
import { VastloperFilters } from '../components/vastloper-filters.component';
import { VastlopersQuery } from '../graphql/vastlopers.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

const PAGE_SIZE = 20;

export const VastlopersPage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const board = params.get('weergave') === 'bord';

  return (
    <section>
      <PageHeading intro={t('list.intro')}>{t('list.title')}</PageHeading>
      <Paragraph>
        <AppLink to="/vastlopers/nieuw">{t('list.create')}</AppLink>
      </Paragraph>
      <nav aria-label={t('list.views')}>
        <ul className="db-tabs">
          <li>
            <AppLink to={{ search: withParams(params, { weergave: null }, true).toString() }} aria-current={board ? undefined : 'page'}>
              {t('list.viewList')}
            </AppLink>
          </li>
          <li>
            <AppLink to={{ search: withParams(params, { weergave: 'bord', na: null }).toString() }} aria-current={board ? 'page' : undefined}>
              {t('list.viewBoard')}
            </AppLink>
          </li>
        </ul>
      </nav>
      <VastloperFilters />
      {board ? <LadderBoard /> : <VastloperList />}
    </section>
  );
};

const VastloperList = () => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const after = params.get('na');
  const { data, loading, error, refetch } = useQuery(VastlopersQuery, {
    variables: { filter: vastloperFilterFrom(params), first: PAGE_SIZE, after },
  });

  if (loading && !data) return <LoadingState label={t('list.loading')} />;
  if (error || !data) {
    return (
      <ErrorState
        title={t('list.loadError')}
        message={t(`common:${toUserError(error).messageKey}`)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  const { edges, totalCount, pageInfo } = data.vastlopers;
  if (edges.length === 0) {
    return (
      <EmptyState title={t('list.emptyTitle')}>
        <Paragraph>{t('list.emptyMessage')}</Paragraph>
      </EmptyState>
    );
  }
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <>
      <p className="db-summary" aria-live="polite">
        {t('list.count', { count: totalCount })}
      </p>
      <div className="db-table-wrapper" role="region" aria-labelledby="vastlopers-caption" tabIndex={0}>
        <Table className="db-table">
          <TableCaption id="vastlopers-caption">{t('list.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('list.columns.title')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.columns.alliance')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.columns.rung')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.columns.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('list.columns.since')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {edges.map(({ node }) => (
              <TableRow key={node.id}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/vastlopers/${node.id}`}>{node.title}</AppLink>{' '}
                  <ItemBadges stalled={node.stalled} confidential={node.confidential} overdue={node.overdueAtTop} />
                </TableHeaderCell>
                <TableCell>{node.alliance.name}</TableCell>
                <TableCell>{t(`common:enums.rung.${node.rung}`)}</TableCell>
                <TableCell>{t(`common:enums.vastloperStatus.${node.status}`)}</TableCell>
                <TableCell>{formatDate(node.rungEnteredAt, language)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <nav className="db-pager" aria-label={t('list.paging')}>
        {after ? <AppLink to={{ search: withParams(params, { na: null }, true).toString() }}>{t('list.first')}</AppLink> : null}
        {pageInfo.hasNextPage && pageInfo.endCursor ? (
          <AppLink to={{ search: withParams(params, { na: pageInfo.endCursor }, true).toString() }}>{t('list.next')}</AppLink>
        ) : null}
      </nav>
    </>
  );
};
