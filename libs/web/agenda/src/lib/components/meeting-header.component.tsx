import { WEB_PATHS } from '@doorbraak/domain';
import type { MeetingHeaderFieldsFragment } from '@doorbraak/web-data-access';
import { AppLink, formatDateTime, PageHeading } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { agendaNamespace } from '../i18n/agenda.translations';

export type MeetingScreen = 'agenda' | 'vergadermodus' | 'briefing';

export type MeetingHeaderProps = {
  meeting: MeetingHeaderFieldsFragment;
  // The screen it heads: its own link is marked as the current page.
  current: MeetingScreen;
};

const SCREENS: readonly { screen: MeetingScreen; path: (id: string) => string; label: 'agenda' | 'meetingMode' | 'briefing' }[] = [
  { screen: 'agenda', path: WEB_PATHS.meeting, label: 'agenda' },
  { screen: 'vergadermodus', path: WEB_PATHS.meetingMode, label: 'meetingMode' },
  { screen: 'briefing', path: WEB_PATHS.briefing, label: 'briefing' },
];

// The h1 and the facts of one meeting (title, alliance, Amsterdam date and time, length, status), with
// links between its screens: the agenda, meeting mode and the briefing.
export const MeetingHeader = ({ meeting, current }: MeetingHeaderProps) => {
  const { t, i18n } = useTranslation([agendaNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const screenTitle = current === 'agenda' ? t('header.agenda') : current === 'vergadermodus' ? t('header.meetingMode') : t('header.briefing');
  return (
    <header className="db-meeting-header">
      <PageHeading
        documentTitle={`${screenTitle}: ${meeting.title}`}
        intro={`${t(`common:enums.meetingType.${meeting.type}`)} · ${meeting.alliance?.name ?? t('header.national')}`}
      >
        {meeting.title}
      </PageHeading>
      <dl className="db-facts db-meeting-header__facts">
        <dt>{t('header.when')}</dt>
        <dd>{formatDateTime(meeting.scheduledAt, language)}</dd>
        <dt>{t('header.length')}</dt>
        <dd>{t('header.minutes', { count: meeting.durationMinutes })}</dd>
        {meeting.location ? (
          <>
            <dt>{t('header.location')}</dt>
            <dd>{meeting.location}</dd>
          </>
        ) : null}
        <dt>{t('header.status')}</dt>
        <dd>
          <span className={`db-badge db-meeting-status db-meeting-status--${meeting.status.toLowerCase()}`}>{t(`common:enums.meetingStatus.${meeting.status}`)}</span>
          {meeting.agendaPublishedAt ? <> {t('header.publishedAt', { date: formatDateTime(meeting.agendaPublishedAt, language) })}</> : null}
          {meeting.status === 'CANCELLED' && meeting.cancellationReason ? <> {t('header.cancelled', { reason: meeting.cancellationReason })}</> : null}
        </dd>
      </dl>
      <nav aria-label={t('header.navigation')}>
        <ul className="db-meeting-header__links">
          {SCREENS.map(({ screen, path, label }) => (
            <li key={screen}>
              <AppLink to={path(meeting.id)} aria-current={screen === current ? 'page' : undefined}>
                {t(`header.${label}`)}
              </AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
};
