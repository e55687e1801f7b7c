import { useQuery } from '@apollo/client/react';
import { toUserError, useLoadMore, type ActionItemFilter, type RegisterActionItemFragment } from '@doorbraak/web-data-access';
import { AppLink, EmptyState, ErrorState, Heading, LoadingState, LoadMore, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ActionItemCard } from '../components/action-item-card.component';
import { ActionItemFilters } from '../components/action-item-filters.component';
import { groupActionItems } from '../components/action-item-state';
import { setParams } from '../components/url-params';
import { ActionItemsQuery } from '../graphql/action-items.query';
import { registersNamespace } from '../i18n/registers.translations';
import '../registers.css';

// Action items per page, by due date; "Meer tonen" fetches the next.
const PAGE_SIZE = 50;

const TABS = [
  { value: null, label: 'actionItems.tabAll' },
  { value: 'actiepunten', label: 'actionItems.tabActions' },
  { value: 'toezeggingen', label: 'actionItems.tabCommitments' },
] as const;

export const actionItemFilterFrom = (params: URLSearchParams): ActionItemFilter => {
  const filter: ActionItemFilter = {};
  const kind = params.get('soort');
  if (kind === 'actiepunten') filter.kind = 'ACTION';
  if (kind === 'toezeggingen') filter.kind = 'COMMITMENT';
  const alliance = params.get('alliantie');
  if (alliance) filter.allianceId = alliance;
  if (params.get('mijn') === 'ja') filter.mine = true;
  if (params.get('verlopen') === 'ja') filter.overdueOnly = true;
  if (params.get('status') !== 'alle') filter.status = 'OPEN';
  return filter;
};

export const ActionItemsPage = () => {
  const { t } = useTranslation([registersNamespace, 'common']);
  const [params] = useSearchParams();
  const kind = params.get('soort');

  return (
    <section>
      <PageHeading intro={t('actionItems.intro')}>{t('actionItems.title')}</PageHeading>
      <nav aria-label={t('actionItems.tabs')}>
        <ul className="db-tabs">
          {TABS.map((tab) => (
            <li key={tab.label}>
              <AppLink to={{ search: setParams(params, { soort: tab.value }).toString() }} aria-current={kind === tab.value || (!kind && !tab.value) ? 'page' : undefined}>
                {t(tab.label)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
      <ActionItemFilters />
      <ActionItemList />
    </section>
  );
};

const ActionItemList = () => {
  const { t } = useTranslation([registersNamespace, 'common']);
  const [params] = useSearchParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(ActionItemsQuery, { variables: { filter: actionItemFilterFrom(params), first: PAGE_SIZE } });
  const more = useLoadMore(data, fetchMore, 'actionItems');

  if (loading && !data) return <LoadingState label={t('actionItems.loading')} />;
  if (error || !data) {
    return <ErrorState title={t('actionItems.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  const rows = data.actionItems.edges.map((edge) => edge.node);
  if (rows.length === 0) {
    return (
      <EmptyState title={t('actionItems.emptyTitle')}>
        <Paragraph>{t('actionItems.emptyMessage')}</Paragraph>
      </EmptyState>
    );
  }
  const groups = groupActionItems(rows);
  const onChanged = () => refetch();
  // While pages remain, a group's count is of the rows shown, and says so.
  const amount = (count: number) => (more.hasMore ? t('actionItems.shownCount', { count }) : String(count));
  return (
    <>
      <p className="db-summary" aria-live="polite">
        {t('actionItems.count', { count: data.actionItems.totalCount })}
      </p>
      <Group id="overdue" title={t('actionItems.overdueHeading', { amount: amount(groups.overdue.length) })} items={groups.overdue} onChanged={onChanged} />
      <Group id="open" title={t('actionItems.openHeading', { amount: amount(groups.open.length) })} items={groups.open} onChanged={onChanged} />
      <Group id="closed" title={t('actionItems.closedHeading', { amount: amount(groups.closed.length) })} items={groups.closed} onChanged={onChanged} />
      <LoadMore hasMore={more.hasMore} loading={more.loadingMore} onLoadMore={more.loadMore} />
    </>
  );
};

type GroupProps = { id: string; title: string; items: RegisterActionItemFragment[]; onChanged: () => Promise<unknown> };

const Group = ({ id, title, items, onChanged }: GroupProps) =>
  items.length === 0 ? null : (
    <section className="db-section" aria-labelledby={`action-items-${id}`}>
      <Heading level={2} appearanceLevel={3} id={`action-items-${id}`}>
        {title}
      </Heading>
      <ul className="db-register-list">
        {items.map((item) => (
          <ActionItemCard key={item.id} item={item} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
