import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError } from '@doorbraak/web-data-access';
import { Alert, AppLink, ErrorState, formatDate, formatDateTime, Heading, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { AgendaItemPanel } from '../components/agenda-item-panel.component';
import { Attendance } from '../components/attendance.component';
import { ItemNavigation } from '../components/item-navigation.component';
import { MeetingActions } from '../components/meeting-actions.component';
import type { ModeMeeting } from '../components/meeting-mode.types';
import { MinutesView } from '../components/minutes-view.component';
import { MeetingModeQuery } from '../graphql/meeting-mode.query';
import { useLiveMeeting } from '../hooks/use-live-meeting';
import { meetingModeNamespace } from '../i18n/meeting-mode.translations';
import '../meeting-mode.css';

type View = 'punt' | 'lijst' | 'verslag';
const VIEWS: readonly View[] = ['punt', 'lijst', 'verslag'];

// Whoever may record something runs the meeting from here; everyone else (and everyone once the
// minutes are approved) reads the minutes.
const runsMeeting = (meeting: ModeMeeting): boolean => {
  const can = meeting.viewerCan;
  return can.takeMinutes || can.recordDecision || can.createActionItem || can.carryOver;
};

export const MeetingModePage = () => {
  const { t, i18n } = useTranslation([meetingModeNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(MeetingModeQuery, { variables: { id } });
  const reload = useCallback(() => refetch(), [refetch]);
  useLiveMeeting(id);
  // Marking the meeting held opens when it begins: ask again then, so a screen opened beforehand offers it.
  const startsAt = data?.meeting.scheduledAt;
  useEffect(() => {
    const wait = startsAt ? Date.parse(startsAt) - Date.now() + 1000 : 0;
    if (wait <= 0 || wait > 86_400_000) return undefined;
    const timer = setTimeout(() => void refetch().catch(() => undefined), wait);
    return () => clearTimeout(timer);
  }, [startsAt, refetch]);

  if (loading && !data) return <LoadingState label={t('loading')} />;
  if (error || !data) {
    return (
      <>
        <PageHeading>{t('loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const meeting = data.meeting;
  const runs = runsMeeting(meeting);
  const requested = params.get('weergave') as View | null;
  const view: View = runs ? (requested && VIEWS.includes(requested) ? requested : 'punt') : 'verslag';

  return (
    <article className="mm">
      <PageHeading
        documentTitle={t('heading', { title: meeting.title })}
        intro={`${formatDateTime(meeting.scheduledAt, language)}${meeting.location ? ` · ${meeting.location}` : ''} · ${t(`common:enums.meetingStatus.${meeting.status}`)}`}
      >
        {t('heading', { title: meeting.title })}
      </PageHeading>
      <Paragraph>
        <AppLink to={WEB_PATHS.meeting(meeting.id)}>{t('backToAgenda')}</AppLink>
      </Paragraph>
      {meeting.status === 'MINUTES_APPROVED' && meeting.minutesApprovedAt ? (
        <Alert type="ok">
          <Heading level={2} appearanceLevel={4}>
            {t('approved.title')}
          </Heading>
          <Paragraph>
            {meeting.minutesApprovedBy
              ? t('approved.text', { date: formatDate(meeting.minutesApprovedAt, language), name: meeting.minutesApprovedBy.name })
              : t('approved.textNoName', { date: formatDate(meeting.minutesApprovedAt, language) })}
          </Paragraph>
        </Alert>
      ) : null}
      {meeting.status === 'DRAFT' ? (
        <Alert type="info">
          <Paragraph>{t('notOpen')}</Paragraph>
        </Alert>
      ) : null}
      {meeting.status === 'CANCELLED' ? (
        <Alert type="warning">
          <Paragraph>{t('cancelled')}</Paragraph>
        </Alert>
      ) : null}
      {runs ? <ViewTabs view={view} /> : null}
      {view === 'verslag' ? (
        <MinutesView meeting={meeting} />
      ) : (
        <>
          <Attendance key={meeting.attendees.map((attendee) => attendee.id).join()} meeting={meeting} onDone={reload} />
          {view === 'punt' ? <SingleItem meeting={meeting} onDone={reload} /> : <WholeAgenda meeting={meeting} onDone={reload} />}
        </>
      )}
      <MeetingActions meeting={meeting} onDone={reload} />
    </article>
  );
};

const ViewTabs = ({ view }: { view: View }) => {
  const { t } = useTranslation(meetingModeNamespace);
  const [params] = useSearchParams();
  const to = (next: View) => {
    const search = new URLSearchParams(params);
    search.set('weergave', next);
    return { search: search.toString() };
  };
  const labels: Record<View, string> = { punt: t('views.item'), lijst: t('views.list'), verslag: t('views.minutes') };
  return (
    <nav aria-label={t('views.label')} className="db-section">
      <ul className="db-tabs">
        {VIEWS.map((option) => (
          <li key={option}>
            <AppLink to={to(option)} aria-current={view === option ? 'page' : undefined}>
              {labels[option]}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
};

const SingleItem = ({ meeting, onDone }: { meeting: ModeMeeting; onDone: () => Promise<unknown> }) => {
  const { t } = useTranslation(meetingModeNamespace);
  const [params] = useSearchParams();
  const agenda = meeting.agenda;
  const requested = Number(params.get('punt'));
  const current = agenda.find((item) => item.position === requested) ?? agenda[0];
  const panel = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // Moving to another item puts focus on its heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (moved.current) {
      moved.current = false;
      panel.current?.querySelector<HTMLElement>('h2')?.focus();
    }
  }, [current?.id]);

  if (!current) return <Paragraph className="db-section">{t('item.empty')}</Paragraph>;
  return (
    <div className="db-section mm-single">
      <ItemNavigation agenda={agenda} current={current} onNavigate={() => (moved.current = true)} />
      <div ref={panel} className="mm-single__panel">
        <AgendaItemPanel key={current.id} meeting={meeting} item={current} level={2} onDone={onDone} />
      </div>
    </div>
  );
};

const WholeAgenda = ({ meeting, onDone }: { meeting: ModeMeeting; onDone: () => Promise<unknown> }) => {
  const { t } = useTranslation(meetingModeNamespace);
  if (meeting.agenda.length === 0) return <Paragraph className="db-section">{t('item.empty')}</Paragraph>;
  return (
    <section className="db-section mm-list" aria-labelledby="agenda-heading">
      <Heading level={2} id="agenda-heading">
        {t('navigation.label')}
      </Heading>
      {meeting.agenda.map((item) => (
        <AgendaItemPanel key={item.id} meeting={meeting} item={item} level={3} onDone={onDone} />
      ))}
    </section>
  );
};
