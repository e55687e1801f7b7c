import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, useLoadMore } from '@doorbraak/web-data-access';
import {
  AppLink,
  EmptyState,
  ErrorState,
  formatDateTime,
  LoadingState,
  LoadMore,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MeetingsQuery } from '../graphql/meetings.query';
import { meetingsNamespace } from '../i18n/meetings.translations';
import { amsterdamToday, startOfAmsterdamDay } from '../utils/amsterdam-time';
import { withParams } from '../utils/url-params';
import { MeetingActions } from './meeting-actions.component';
import { MeetingStatusBadge } from './meeting-status.component';

// Meetings per page; "Meer tonen" fetches the next.
const PAGE_SIZE = 50;

// Upcoming meetings from the start of today, soonest first; past ones before today, most recent first.
export const MeetingList = ({ mayPlan }: { mayPlan: boolean }) => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const [params] = useSearchParams();
  const past = params.get('periode') === 'eerder';
  const [today] = useState(() => startOfAmsterdamDay(amsterdamToday()));
  const { data, loading, error, refetch, fetchMore } = useQuery(MeetingsQuery, {
    variables: { filter: past ? { to: today, order: 'LATEST_FIRST' } : { from: today, order: 'SOONEST_FIRST' }, first: PAGE_SIZE },
  });
  const more = useLoadMore(data, fetchMore, 'meetings');
  const language = i18n.resolvedLanguage ?? 'nl';
  const captionId = past ? 'meetings-past-caption' : 'meetings-upcoming-caption';

  const body = () => {
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
    const meetings = data.meetings.edges.map((edge) => edge.node);
    if (meetings.length === 0) {
      return past ? (
        <EmptyState title={t('list.emptyPast')} />
      ) : (
        <EmptyState title={t('list.emptyUpcoming')}>{mayPlan ? <Paragraph>{t('list.emptyUpcomingPlan')}</Paragraph> : null}</EmptyState>
      );
    }
    const withActions = meetings.some((meeting) => meeting.viewerCan.manage);
    return (
      <>
        <p className="db-summary">
          {t('list.count', { count: data.meetings.totalCount })}
        </p>
        <div className="db-table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
          <Table className="db-table">
            <TableCaption id={captionId}>{past ? t('list.captionPast') : t('list.captionUpcoming')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('list.columns.when')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.columns.meeting')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.columns.typeAndAlliance')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('list.columns.status')}</TableHeaderCell>
                {withActions ? <TableHeaderCell scope="col">{t('list.columns.actions')}</TableHeaderCell> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {meetings.map((meeting) => (
                <TableRow key={meeting.id}>
                  <TableCell>{formatDateTime(meeting.scheduledAt, language)}</TableCell>
                  <TableHeaderCell scope="row">
                    <AppLink to={WEB_PATHS.meeting(meeting.id)}>{meeting.title}</AppLink>
                    {meeting.status === 'CANCELLED' && meeting.cancellationReason ? (
                      <span className="db-table__muted">
                        <br />
                        {t('list.cancelledBecause', { reason: meeting.cancellationReason })}
                      </span>
                    ) : null}
                  </TableHeaderCell>
                  <TableCell>
                    {t(`common:enums.meetingType.${meeting.type}`)}
                    <br />
                    <span className="db-table__muted">{meeting.alliance?.name ?? t('list.national')}</span>
                  </TableCell>
                  <TableCell>
                    <MeetingStatusBadge status={meeting.status} />
                  </TableCell>
                  {withActions ? (
                    <TableCell>
                      <MeetingActions meeting={meeting} compact onChanged={() => refetch()} />
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <LoadMore hasMore={more.hasMore} loading={more.loadingMore} onLoadMore={more.loadMore} />
      </>
    );
  };

  return (
    <>
      <nav aria-label={t('list.periods')}>
        <ul className="db-tabs">
          <li>
            <AppLink to={{ search: withParams(params, { periode: null }).toString() }} aria-current={past ? undefined : 'page'}>
              {t('list.upcoming')}
            </AppLink>
          </li>
          <li>
            <AppLink to={{ search: withParams(params, { periode: 'eerder' }).toString() }} aria-current={past ? 'page' : undefined}>
              {t('list.past')}
            </AppLink>
          </li>
        </ul>
      </nav>
      {body()}
    </>
  );
};
