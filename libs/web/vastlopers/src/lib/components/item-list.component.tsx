import { toUserError } from '@doorbraak/web-data-access';
import { AppLink, EmptyState, ErrorState, LoadingState, PageHeading, PageLinks, Paragraph } from '@doorbraak/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';
import { withParams } from './url-filters';

// A list screen of vastlopers or doorbraken: heading, create link, list/board tabs, filters, then the view.
export const ItemListPage = ({
  title,
  intro,
  createTo,
  createLabel,
  filters,
  board,
  list,
}: {
  title: string;
  intro: string;
  createTo: string;
  createLabel: string;
  filters?: ReactNode;
  board: ReactNode;
  list: ReactNode;
}) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  const [params] = useSearchParams();
  const showBoard = params.get('weergave') === 'bord';
  return (
    <section>
      <PageHeading intro={intro}>{title}</PageHeading>
      <Paragraph className="db-list-create">
        <AppLink to={createTo}>{createLabel}</AppLink>
      </Paragraph>
      <nav aria-label={t('list.views')}>
        <ul className="db-tabs">
          <li>
            <AppLink to={{ search: withParams(params, { weergave: null }, true).toString() }} aria-current={showBoard ? undefined : 'page'}>
              {t('list.viewList')}
            </AppLink>
          </li>
          <li>
            <AppLink to={{ search: withParams(params, { weergave: 'bord', na: null }).toString() }} aria-current={showBoard ? 'page' : undefined}>
              {t('list.viewBoard')}
            </AppLink>
          </li>
        </ul>
      </nav>
      {filters}
      {showBoard ? board : list}
    </section>
  );
};

type Connection<Node> = {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  edges: readonly { node: Node }[];
};

// One page of a list query: loading, error (with retry), empty, or the count, the items and the pager.
export const PagedItems = <Node,>({
  connection,
  loading,
  error,
  onRetry,
  texts,
  children,
}: {
  connection: Connection<Node> | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  texts: { loading: string; loadError: string; emptyTitle: string; emptyMessage: string; count: (total: number) => string };
  children: (nodes: Node[]) => ReactNode;
}) => {
  const { t } = useTranslation([vastlopersNamespace, 'common']);
  if (loading && !connection) return <LoadingState label={texts.loading} />;
  if (error || !connection) {
    return <ErrorState title={texts.loadError} message={t(`common:${toUserError(error).messageKey}`)} onRetry={onRetry} />;
  }
  if (connection.edges.length === 0) {
    return (
      <EmptyState title={texts.emptyTitle}>
        <Paragraph>{texts.emptyMessage}</Paragraph>
      </EmptyState>
    );
  }
  const { pageInfo } = connection;
  return (
    <>
      <p className="db-summary" aria-live="polite">
        {texts.count(connection.totalCount)}
      </p>
      {children(connection.edges.map((edge) => edge.node))}
      <PageLinks label={t('list.paging')} pageInfo={pageInfo} />
    </>
  );
};
