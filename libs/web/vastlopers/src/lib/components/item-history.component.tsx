import { WEB_PATHS } from '@doorbraak/domain';
import type { LoadMoreState } from '@doorbraak/web-data-access';
import { AppLink, EscalationEventLine, type EscalationEventView, formatDateTime, Heading, LoadMore, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

type Page<T> = { readonly edges: readonly { readonly node: T }[] };

type TimelineEvent = EscalationEventView & { id: string };

type Progress = { id: string; at: string; text: string; author: { name: string } };

type Appearance = { agendaItemId: string; meetingId: string; meetingTitle: string; scheduledAt: string; title: string };

// The timeline of escalations, the progress notes and the agenda appearances of an item: a page of each, with
// "Meer tonen" under a list that has more.
export const ItemHistory = ({
  timeline,
  progress,
  agenda,
  more,
}: {
  timeline: Page<TimelineEvent>;
  progress: Page<Progress>;
  agenda: Page<Appearance>;
  more: { timeline: LoadMoreState; progress: LoadMoreState; agenda: LoadMoreState };
}) => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <>
      <section className="db-section" aria-labelledby="timeline-heading">
        <Heading level={2} id="timeline-heading">
          {t('detail.timeline')}
        </Heading>
        {timeline.edges.length === 0 ? (
          <Paragraph>{t('detail.noTimeline')}</Paragraph>
        ) : (
          <ol className="db-timeline">
            {timeline.edges.map(({ node: event }) => (
              <li key={event.id}>
                <EscalationEventLine event={event} />
              </li>
            ))}
          </ol>
        )}
        <LoadMore hasMore={more.timeline.hasMore} loading={more.timeline.loadingMore} onLoadMore={more.timeline.loadMore} label={t('detail.moreTimeline')} />
      </section>
      <section className="db-section" aria-labelledby="progress-heading">
        <Heading level={2} id="progress-heading">
          {t('detail.progress')}
        </Heading>
        {progress.edges.length === 0 ? (
          <Paragraph>{t('detail.noProgress')}</Paragraph>
        ) : (
          <ul className="db-timeline">
            {progress.edges.map(({ node: update }) => (
              <li key={update.id}>
                <strong>{t('detail.by', { name: update.author.name, date: formatDateTime(update.at, language) })}</strong>: {update.text}
              </li>
            ))}
          </ul>
        )}
        <LoadMore hasMore={more.progress.hasMore} loading={more.progress.loadingMore} onLoadMore={more.progress.loadMore} label={t('detail.moreProgress')} />
      </section>
      <section className="db-section" aria-labelledby="agenda-heading">
        <Heading level={2} id="agenda-heading">
          {t('detail.agenda')}
        </Heading>
        {agenda.edges.length === 0 ? (
          <Paragraph>{t('detail.noAgenda')}</Paragraph>
        ) : (
          <ul className="db-timeline">
            {agenda.edges.map(({ node: item }) => (
              <li key={item.agendaItemId}>
                <AppLink to={WEB_PATHS.meeting(item.meetingId)}>{item.meetingTitle}</AppLink> ({formatDateTime(item.scheduledAt, language)}): {item.title}
              </li>
            ))}
          </ul>
        )}
        <LoadMore hasMore={more.agenda.hasMore} loading={more.agenda.loadingMore} onLoadMore={more.agenda.loadMore} label={t('detail.moreAgenda')} />
      </section>
    </>
  );
};
