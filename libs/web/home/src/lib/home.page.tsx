import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import {
  alliancesOf,
  MeQuery,
  primaryRole,
  toUserError,
  useLoadMore,
  type EscalationRung,
  type ActionItemFilter,
  type Viewer,
} from '@doorbraak/web-data-access';
import {
  AppLink,
  Button,
  EmptyState,
  ErrorState,
  formatDate,
  formatDateTime,
  Heading,
  LoadingState,
  LoadMore,
  PageHeading,
  StatusMessage,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AcknowledgeItemMutation } from './graphql/acknowledge-item.mutation';
import { HomeActionItemsQuery } from './graphql/home-action-items.query';
import { HomeItemsQuery } from './graphql/home-items.query';
import { HomeMeetingsQuery } from './graphql/home-meetings.query';
import { LadderOverviewQuery } from './graphql/ladder-overview.query';
import { ItemTable, type HomeItem } from './components/item-table.component';
import { homeNamespace } from './i18n/home.translations';

const RUNGS: readonly EscalationRung[] = ['PROGRAMMABUREAU', 'ALLIANTIE', 'RIJKSVERTEGENWOORDIGER', 'INTERDEPARTEMENTAAL', 'DOORBRAAKOVERLEG'];
const OPEN = ['OPEN', 'IN_BEHANDELING'] as const;
type Item = HomeItem;

export const HomePage = () => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const { data, loading, error, refetch } = useQuery(MeQuery);
  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) {
    return <ErrorState title={t('loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch()} />;
  }
  const viewer = data.me;
  const role = primaryRole(viewer);
  return (
    <section>
      <PageHeading documentTitle={t('title')} intro={role ? t('roleIntro', { role: t(`common:enums.role.${role}`).toLowerCase() }) : undefined}>
        {t('welcome', { name: viewer.name })}
      </PageHeading>
      {role === 'PROGRAMME_DIRECTOR' || role === 'BUREAU_MEMBER' ? <DirectorHome viewer={viewer} /> : null}
      {role === 'RIJKSVERTEGENWOORDIGER' ? <ForTheHague /> : null}
      {role === 'MAYOR' ? <MayorHome viewer={viewer} /> : null}
      {role === 'PARTNER_MEMBER' ? <PartnerHome viewer={viewer} /> : null}
      {role === 'NATIONAL_COORDINATOR' || role === 'ADMIN' ? <NationalHome /> : null}
    </section>
  );
};

const useOpenItems = (allianceId?: string) =>
  useQuery(HomeItemsQuery, { variables: { filter: { statuses: [...OPEN], ...(allianceId ? { allianceId } : {}) } } });

const NextMeeting = ({ allianceId, withBriefing }: { allianceId: string; withBriefing?: boolean }) => {
  const { t, i18n } = useTranslation([homeNamespace, 'common']);
  const from = useMemo(() => new Date().toISOString(), []);
  const { data, loading } = useQuery(HomeMeetingsQuery, {
    variables: { filter: { allianceId, from, statuses: ['DRAFT', 'AGENDA_PUBLISHED'] } },
  });
  const meeting = data?.meetings.edges[0]?.node;
  return (
    <section className="db-card" aria-labelledby="next-meeting-heading">
      <Heading level={2} appearanceLevel={3} id="next-meeting-heading">
        {t('nextMeeting')}
      </Heading>
      {loading && !data ? <LoadingState /> : null}
      {data && !meeting ? <Paragraph>{t('noMeeting')}</Paragraph> : null}
      {meeting ? (
        <>
          <Paragraph>
            <AppLink to={WEB_PATHS.meeting(meeting.id)}>{meeting.title}</AppLink>
            <br />
            {formatDateTime(meeting.scheduledAt, i18n.resolvedLanguage)}
            {meeting.location ? ` · ${meeting.location}` : ''}
          </Paragraph>
          {withBriefing ? (
            <Paragraph>
              <AppLink to={WEB_PATHS.briefing(meeting.id)}>{t('briefing')}</AppLink>
            </Paragraph>
          ) : null}
        </>
      ) : null}
    </section>
  );
};

// The acknowledge action of one item, and what came of it (announced in the list's status region).
const useAcknowledge = (onDone: () => Promise<unknown>) => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const [acknowledge, { loading }] = useMutation(AcknowledgeItemMutation);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const status = <StatusMessage message={message} />;
  const button = (item: HomeItem) => (
    <Button
      appearance="secondary-action-button"
      className="db-button--small"
      busy={loading}
      onClick={() =>
        void acknowledge({ variables: { itemId: item.id } })
          .then(async () => {
            setMessage({ ok: true, text: t('acknowledged', { title: item.title }) });
            await onDone();
          })
          .catch((error: unknown) => setMessage({ ok: false, text: t(`common:${toUserError(error).messageKey}`) }))
      }
    >
      {t('acknowledge')}
      <span className="db-visually-hidden">: {item.title}</span>
    </Button>
  );
  return { status, button };
};

// Action items on a card, a page at a time, by due date.
const ACTIONS_SHOWN = 10;

const ActionList = ({ filter, empty }: { filter: ActionItemFilter; empty: string }) => {
  const { t, i18n } = useTranslation([homeNamespace, 'common']);
  const { data, loading, fetchMore } = useQuery(HomeActionItemsQuery, { variables: { filter, first: ACTIONS_SHOWN } });
  const more = useLoadMore(data, fetchMore, 'actionItems');
  if (loading && !data) return <LoadingState />;
  if (!data) return null;
  const rows = data.actionItems.edges.map((edge) => edge.node);
  if (rows.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <>
      <ul>
        {rows.map((action) => (
          <li key={action.id}>
            <AppLink to={`/actiepunten/${action.id}`}>{action.description}</AppLink> ({t('due', { date: formatDate(action.dueDate, i18n.resolvedLanguage) })})
          </li>
        ))}
      </ul>
      <LoadMore hasMore={more.hasMore} loading={more.loadingMore} onLoadMore={more.loadMore} />
    </>
  );
};

const DirectorHome = ({ viewer }: { viewer: Viewer }) => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const alliance = alliancesOf(viewer)[0];
  const items = useOpenItems(alliance?.id);
  const acknowledgement = useAcknowledge(() => items.refetch());
  if (!alliance) return null;
  const nodes = items.data?.vastlopers.edges.map((edge) => edge.node) ?? [];
  const now = Date.now();
  const stalled = nodes.filter((node) => node.stalled || (node.earlyWarningAt && Date.parse(node.earlyWarningAt) <= now));
  return (
    <div className="db-home">
      <div className="db-home__summary">
        <NextMeeting allianceId={alliance.id} />
        <section className="db-card" aria-labelledby="actions-heading">
          <Heading level={2} appearanceLevel={3} id="actions-heading">
            {t('overdueActions')}
          </Heading>
          <ActionList filter={{ allianceId: alliance.id, overdueOnly: true }} empty={t('noOverdueActions')} />
        </section>
      </div>
      <section className="db-card" aria-labelledby="stalled-heading">
        <Heading level={2} appearanceLevel={3} id="stalled-heading">
          {t('stalled')}
        </Heading>
        {items.loading && !items.data ? (
          <LoadingState />
        ) : (
          <ItemTable items={stalled} labelledBy="stalled-heading" empty={t('noStalled')} showRung moreTo={`${WEB_PATHS.vastlopers()}?vastgelopen=ja`} />
        )}
      </section>
      <section className="db-card" aria-labelledby="ack-heading">
        <Heading level={2} appearanceLevel={3} id="ack-heading">
          {t('awaitingAck')}
        </Heading>
        {acknowledgement.status}
        {items.loading && !items.data ? (
          <LoadingState />
        ) : (
          <ItemTable
            items={nodes.filter((node) => node.viewerCan.acknowledge)}
            labelledBy="ack-heading"
            empty={t('noAwaitingAck')}
            showRung
            action={acknowledgement.button}
          />
        )}
      </section>
    </div>
  );
};

const ForTheHague = () => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const items = useOpenItems();
  const acknowledgement = useAcknowledge(() => items.refetch());
  if (items.loading && !items.data) return <LoadingState label={t('loading')} />;
  if (items.error) return <ErrorState message={t(`common:${toUserError(items.error).messageKey}`)} onRetry={() => void items.refetch()} />;
  const nodes = items.data?.vastlopers.edges.map((edge) => edge.node) ?? [];
  const carried = RUNGS.slice(2);
  return (
    <section aria-labelledby="hague-heading" data-testid="voor-den-haag" className="db-home">
      <div>
        <Heading level={2} id="hague-heading">
          {t('forTheHague')}
        </Heading>
        <Paragraph>{t('forTheHagueIntro')}</Paragraph>
      </div>
      <section className="db-card" aria-labelledby="hague-ack-heading">
        <Heading level={3} id="hague-ack-heading">
          {t('awaitingAck')}
        </Heading>
        {acknowledgement.status}
        <ItemTable
          items={nodes.filter((node) => node.viewerCan.acknowledge && carried.includes(node.rung))}
          labelledBy="hague-ack-heading"
          empty={t('noAwaitingAck')}
          showAlliance
          showRung
          action={acknowledgement.button}
        />
      </section>
      {carried.map((rung) => (
        <section key={rung} className="db-card" aria-labelledby={`hague-${rung}`}>
          <Heading level={3} id={`hague-${rung}`}>
            {t(`common:enums.rung.${rung}`)}
          </Heading>
          <ItemTable
            items={nodes.filter((node) => node.rung === rung)}
            labelledBy={`hague-${rung}`}
            empty={t('noneAtRung')}
            showAlliance
            moreTo={`/vastlopers?trede=${rung}`}
          />
        </section>
      ))}
    </section>
  );
};

const RungCounts = ({ items }: { items: readonly Item[] }) => {
  const { t } = useTranslation([homeNamespace, 'common']);
  return (
    <Table className="db-table db-table--compact">
      <TableCaption>{t('perRungCaption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('rung')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="db-table__numeric">
            {t('count')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {RUNGS.map((rung) => (
          <TableRow key={rung}>
            <TableHeaderCell scope="row">
              <AppLink to={`/vastlopers?trede=${rung}`}>{t(`common:enums.rung.${rung}`)}</AppLink>
            </TableHeaderCell>
            <TableCell className="db-table__numeric">{items.filter((item) => item.rung === rung).length}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const MayorHome = ({ viewer }: { viewer: Viewer }) => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const alliance = alliancesOf(viewer)[0];
  const items = useOpenItems(alliance?.id);
  if (!alliance) return null;
  return (
    <div className="db-home__summary">
      <NextMeeting allianceId={alliance.id} withBriefing />
      <section className="db-card" aria-labelledby="per-rung-heading">
        <Heading level={2} appearanceLevel={3} id="per-rung-heading">
          {t('perRung')}
        </Heading>
        {items.data ? <RungCounts items={items.data.vastlopers.edges.map((edge) => edge.node)} /> : <LoadingState />}
      </section>
    </div>
  );
};

const PartnerHome = ({ viewer }: { viewer: Viewer }) => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const items = useOpenItems();
  const mine = (items.data?.vastlopers.edges.map((edge) => edge.node) ?? []).filter((node) => node.owner.id === viewer.id);
  return (
    <div className="db-home__summary">
      <section className="db-card" aria-labelledby="my-items-heading">
        <Heading level={2} appearanceLevel={3} id="my-items-heading">
          {t('myItems')}
        </Heading>
        {items.loading && !items.data ? <LoadingState /> : <ItemTable items={mine} labelledBy="my-items-heading" empty={t('noMyItems')} showRung />}
        <Paragraph>
          <AppLink to={WEB_PATHS.vastlopers()}>{t('allItems')}</AppLink>
        </Paragraph>
      </section>
      <section className="db-card" aria-labelledby="my-actions-heading">
        <Heading level={2} appearanceLevel={3} id="my-actions-heading">
          {t('myActions')}
        </Heading>
        <ActionList filter={{ mine: true, status: 'OPEN' }} empty={t('noMyActions')} />
      </section>
    </div>
  );
};

const NationalHome = () => {
  const { t } = useTranslation([homeNamespace, 'common']);
  const { data, loading, error, refetch } = useQuery(LadderOverviewQuery);
  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) return <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch()} />;
  if (data.ladderOverview.length === 0) return <EmptyState />;
  return (
    <section aria-labelledby="areas-heading">
      <Heading level={2} id="areas-heading">
        {t('areas')}
      </Heading>
      <div className="db-table-wrapper" role="region" aria-labelledby="areas-caption" tabIndex={0}>
        <Table className="db-table db-table--compact db-table--overview">
          <TableCaption id="areas-caption">{t('areasCaption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('area')}</TableHeaderCell>
              {RUNGS.map((rung) => (
                <TableHeaderCell key={rung} scope="col" className="db-table__numeric db-table__wrap">
                  {t(`common:enums.rungHyphenated.${rung}`)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col" className="db-table__numeric">
                {t('stalledCount')}
              </TableHeaderCell>
              <TableHeaderCell scope="col" className="db-table__numeric">
                {t('overdueCount')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.ladderOverview.map((row) => (
              <TableRow key={row.allianceId}>
                <TableHeaderCell scope="row">
                  <AppLink to={`/allianties/${row.allianceSlug}`}>{row.allianceName}</AppLink>
                </TableHeaderCell>
                {row.perRung.map(({ rung, count }) => (
                  <TableCell key={rung} className="db-table__numeric">
                    {count > 0 ? <AppLink to={`/vastlopers?alliantie=${row.allianceId}&trede=${rung}`}>{count}</AppLink> : count}
                  </TableCell>
                ))}
                <TableCell className="db-table__numeric">
                  {row.stalled > 0 ? <AppLink to={`/vastlopers?alliantie=${row.allianceId}&vastgelopen=ja`}>{row.stalled}</AppLink> : 0}
                </TableCell>
                <TableCell className={`db-table__numeric${row.overdueAtTop > 0 ? ' db-table__alert' : ''}`}>
                  {row.overdueAtTop > 0 ? <AppLink to={`/vastlopers?alliantie=${row.allianceId}&overtijd=ja`}>{row.overdueAtTop}</AppLink> : 0}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
};
