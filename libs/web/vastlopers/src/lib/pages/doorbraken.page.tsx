import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import {
  AppLink,
  EmptyState,
  ErrorState,
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
import { DoorbraakBoard } from '../components/doorbraak-board.component';
import { ItemBadges } from '../components/item-badges.component';
import { doorbraakFilterFrom, withParams } from '../components/url-filters';
import { DoorbrakenQuery } from '../graphql/doorbraken.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const DoorbrakenPage = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const board = params.get('weergave') === 'bord';

  return (
    <section>
      <PageHeading intro={t('doorbraken.intro')}>{t('doorbraken.title')}</PageHeading>
      <Paragraph>
        <AppLink to="/doorbraken/nieuw">{t('doorbraken.create')}</AppLink>
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
      {board ? <DoorbraakBoard /> : <DoorbraakList />}
    </section>
  );
};

const DoorbraakList = () => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const after = params.get('na');
  const { data, loading, error, refetch } = useQuery(DoorbrakenQuery, {
    variables: { filter: doorbraakFilterFrom(params), first: 20, after },
  });

  let content;
  if (loading && !data) {
    content = <LoadingState label={t('doorbraken.loading')} />;
  } else if (error || !data) {
    content = (
      <ErrorState
        title={t('doorbraken.loadError')}
        message={t(`common:${toUserError(error).messageKey}`)}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  } else if (data.doorbraken.edges.length === 0) {
    content = (
      <EmptyState title={t('doorbraken.emptyTitle')}>
        <Paragraph>{t('doorbraken.emptyMessage')}</Paragraph>
      </EmptyState>
    );
  } else {
    const { edges, totalCount, pageInfo } = data.doorbraken;
    content = (
      <>
        <p className="db-summary">{t('doorbraken.count', { count: totalCount })}</p>
        <div className="db-table-wrapper" role="region" aria-labelledby="doorbraken-caption" tabIndex={0}>
          <Table className="db-table">
            <TableCaption id="doorbraken-caption">{t('doorbraken.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('doorbraken.columns.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('doorbraken.columns.alliance')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('doorbraken.columns.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('doorbraken.columns.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('doorbraken.columns.rung')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('doorbraken.columns.impact')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {edges.map(({ node }) => (
                <TableRow key={node.id}>
                  <TableHeaderCell scope="row">
                    <AppLink to={`/doorbraken/${node.id}`}>{node.title}</AppLink> <ItemBadges stalled={node.stalled} />
                  </TableHeaderCell>
                  <TableCell>{node.alliance.name}</TableCell>
                  <TableCell>{t(`common:enums.doorbraakKind.${node.kind}`)}</TableCell>
                  <TableCell>{t(`common:enums.doorbraakStatus.${node.status}`)}</TableCell>
                  <TableCell>{node.rung ? t(`common:enums.rung.${node.rung}`) : t('doorbraken.notOnLadder')}</TableCell>
                  <TableCell>{node.impact ?? ''}</TableCell>
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
  }

  return content;
};
