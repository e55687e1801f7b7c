import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, useLoadMore } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, Heading, LoadingState, Paragraph, toLocale } from '@doorbraak/web-ui';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MeetingsQuery } from '../graphql/meetings.query';
import { meetingsNamespace } from '../i18n/meetings.translations';
import { amsterdamTime, amsterdamToday } from '../utils/amsterdam-time';
import { dateOf, isMonth, longDate, monthOf, monthTitle, monthWeeks, monthWindow, shiftMonth, weekdayNames } from '../utils/month';
import { withParams } from '../utils/url-params';

// The API's largest page.
const MAX_PAGE = 100;

// A month as a table of weeks (Monday first). Every control is a link or a button in the tab order:
// previous, today and next month change the URL; each meeting is a link to its page.
export const MonthCalendar = () => {
  const { t, i18n } = useTranslation([meetingsNamespace, 'common']);
  const [params] = useSearchParams();
  const today = amsterdamToday();
  const requested = params.get('maand');
  const month = isMonth(requested) ? requested : monthOf(today);
  const locale = toLocale(i18n.resolvedLanguage ?? 'nl');
  const { data, loading, error, refetch, fetchMore } = useQuery(MeetingsQuery, { variables: { filter: monthWindow(month), first: MAX_PAGE } });
  // A month is shown whole: the pages after the first follow by themselves.
  const more = useLoadMore(data, fetchMore, 'meetings');
  const { hasMore, loadingMore, loadMore } = more;
  useEffect(() => {
    if (hasMore && !loadingMore) void loadMore().catch(() => undefined);
  }, [hasMore, loadingMore, loadMore]);
  const shown = useMemo(() => data?.meetings.edges.map((edge) => edge.node) ?? [], [data]);
  const title = monthTitle(month, locale);
  const weeks = useMemo(() => monthWeeks(month), [month]);
  const weekdays = weekdayNames(locale);

  const byDate = useMemo(() => {
    const map = new Map<string, typeof shown>();
    for (const meeting of shown) {
      const date = dateOf(meeting.scheduledAt);
      map.set(date, [...(map.get(date) ?? []), meeting]);
    }
    return map;
  }, [shown]);
  const inMonth = shown.filter((meeting) => monthOf(dateOf(meeting.scheduledAt)) === month).length;
  const link = (target: string) => ({ search: withParams(params, { weergave: 'kalender', maand: target === monthOf(today) ? null : target }).toString() });

  return (
    <section aria-labelledby="month-title">
      <div className="db-month-nav">
        <Heading level={2} id="month-title" aria-live="polite">
          {title}
        </Heading>
        <nav aria-label={t('calendar.navigation')}>
          <ul>
            <li>
              <AppLink to={link(shiftMonth(month, -1))}>
                <span aria-hidden="true">← </span>
                {t('calendar.previous')}
              </AppLink>
            </li>
            <li>
              <AppLink to={link(monthOf(today))} aria-current={month === monthOf(today) ? 'date' : undefined}>
                {t('calendar.today')}
              </AppLink>
            </li>
            <li>
              <AppLink to={link(shiftMonth(month, 1))}>
                {t('calendar.next')}
                <span aria-hidden="true"> →</span>
              </AppLink>
            </li>
          </ul>
        </nav>
      </div>
      {loading && !data ? <LoadingState label={t('list.loading')} /> : null}
      {error ? (
        <ErrorState title={t('list.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
      {data && inMonth === 0 ? <Paragraph className="db-summary">{t('calendar.none', { month: title })}</Paragraph> : null}
      <div className="db-table-wrapper" role="region" aria-labelledby="month-caption" tabIndex={0}>
        <table className="db-month">
          <caption id="month-caption" className="db-visually-hidden">
            {t('calendar.caption', { month: title })}
          </caption>
          <thead>
            <tr>
              {weekdays.map((day) => (
                <th key={day.long} scope="col">
                  <abbr title={day.long}>{day.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0].date}>
                {week.map((day) => {
                  const meetings = byDate.get(day.date) ?? [];
                  const isToday = day.date === today;
                  return (
                    <td key={day.date} className={day.inMonth ? undefined : 'db-month__other'} aria-current={isToday ? 'date' : undefined}>
                      <span className="db-month__day">
                        <span aria-hidden="true">{Number(day.date.slice(8))}</span>
                        <span className="db-visually-hidden">
                          {longDate(day.date, locale)} {isToday ? t('calendar.todayMark') : null}
                        </span>
                      </span>
                      {meetings.length > 0 ? (
                        <ul className="db-month__meetings">
                          {meetings.map((meeting) => (
                            <li key={meeting.id} className={meeting.status === 'CANCELLED' ? 'db-month__cancelled' : undefined}>
                              <AppLink
                                to={WEB_PATHS.meeting(meeting.id)}
                                aria-label={t('calendar.meetingLabel', {
                                  time: amsterdamTime(meeting.scheduledAt),
                                  title: meeting.title,
                                  status: t(`common:enums.meetingStatus.${meeting.status}`),
                                })}
                              >
                                {amsterdamTime(meeting.scheduledAt)} {meeting.title}
                              </AppLink>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
};
