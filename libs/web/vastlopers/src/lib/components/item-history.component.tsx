import { WEB_PATHS } from '@doorbraak/domain';
import { AppLink, EscalationEventLine, type EscalationEventView, formatDateTime, Heading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

type TimelineEvent = EscalationEventView & { id: string };

type Progress = { id: string; at: string; text: string; author: { name: string } };

type Appearance = { agendaItemId: string; meetingId: string; meetingTitle: string; scheduledAt: string; title: string };

// The timeline of escalations, the progress notes and the agenda appearances of an item.
export const ItemHistory = ({
  timeline,
  progress,
  agenda,
}: {
  timeline: readonly TimelineEvent[];
  progress: readonly Progress[];
  agenda: readonly Appearance[];
}) => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <>
      <section className="db-section" aria-labelledby="timeline-heading">
        <Heading level={2} id="timeline-heading">
          {t('detail.timeline')}
        </Heading>
        {timeline.length === 0 ? (
          <Paragraph>{t('detail.noTimeline')}</Paragraph>
        ) : (
          <ol className="db-timeline">
            {timeline.map((event) => (
              <li key={event.id}>
                <EscalationEventLine event={event} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="db-section" aria-labelledby="progress-heading">
        <Heading level={2} id="progress-heading">
          {t('detail.progress')}
        </Heading>
        {progress.length === 0 ? (
          <Paragraph>{t('detail.noProgress')}</Paragraph>
        ) : (
          <ul className="db-timeline">
            {progress.map((update) => (
              <li key={update.id}>
                <strong>{t('detail.by', { name: update.author.name, date: formatDateTime(update.at, language) })}</strong>: {update.text}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="db-section" aria-labelledby="agenda-heading">
        <Heading level={2} id="agenda-heading">
          {t('detail.agenda')}
        </Heading>
        {agenda.length === 0 ? (
          <Paragraph>{t('detail.noAgenda')}</Paragraph>
        ) : (
          <ul className="db-timeline">
            {agenda.map((item) => (
              <li key={item.agendaItemId}>
                <AppLink to={WEB_PATHS.meeting(item.meetingId)}>{item.meetingTitle}</AppLink> ({formatDateTime(item.scheduledAt, language)}): {item.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
};
