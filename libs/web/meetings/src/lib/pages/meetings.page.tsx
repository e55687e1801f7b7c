import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { AppLink, PageHeading } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MeetingList } from '../components/meeting-list.component';
import { MonthCalendar } from '../components/month-calendar.component';
import { MeetingPlanningQuery } from '../graphql/meeting-planning.query';
import { meetingsNamespace } from '../i18n/meetings.translations';
import { withParams } from '../utils/url-params';

// The view (list or month calendar), the period and the month live in the URL.
export const MeetingsPage = () => {
  const { t } = useTranslation([meetingsNamespace, 'common']);
  const [params] = useSearchParams();
  const calendar = params.get('weergave') === 'kalender';
  const { data: planning } = useQuery(MeetingPlanningQuery);
  const mayPlan = (planning?.meetingPlanning.length ?? 0) > 0;

  return (
    <section>
      <PageHeading intro={t('list.intro')}>{t('list.title')}</PageHeading>
      <ul className="db-meetings-links">
        {mayPlan ? (
          <li>
            <AppLink to={WEB_PATHS.newMeeting()}>{t('list.plan')}</AppLink>
          </li>
        ) : null}
        <li>
          <AppLink to={WEB_PATHS.calendarFeed()}>{t('list.feed')}</AppLink>
        </li>
      </ul>
      <nav aria-label={t('list.views')}>
        <ul className="db-tabs">
          <li>
            <AppLink to={{ search: withParams(params, { weergave: null, maand: null }).toString() }} aria-current={calendar ? undefined : 'page'}>
              {t('list.viewList')}
            </AppLink>
          </li>
          <li>
            <AppLink to={{ search: withParams(params, { weergave: 'kalender', periode: null }).toString() }} aria-current={calendar ? 'page' : undefined}>
              {t('list.viewCalendar')}
            </AppLink>
          </li>
        </ul>
      </nav>
      {calendar ? <MonthCalendar /> : <MeetingList mayPlan={mayPlan} />}
    </section>
  );
};
