import type { MeetingAgendaFragment } from '@doorbraak/web-data-access';
import { formatDate, formatDateTime, Heading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { agendaNamespace } from '../i18n/agenda.translations';

type Amendment = MeetingAgendaFragment['amendments'][number];

// What changed after publication, oldest first: the kind of change as a badge, then the item.
export const AgendaAmendments = ({ amendments }: { amendments: MeetingAgendaFragment['amendments'] }) => {
  const { t, i18n } = useTranslation(agendaNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  const what = (amendment: Amendment): string =>
    amendment.carriedOverFrom
      ? t('amendments.carriedOver', { title: amendment.itemTitle, date: formatDate(amendment.carriedOverFrom, language) })
      : amendment.change === 'MOVED' && amendment.position !== null
        ? t('amendments.moved', { title: amendment.itemTitle, position: amendment.position })
        : amendment.itemTitle;
  return (
    <section className="db-section" aria-labelledby="amendments-heading">
      <Heading level={2} id="amendments-heading">
        {t('amendments.heading')}
      </Heading>
      {amendments.length === 0 ? (
        <Paragraph>{t('amendments.empty')}</Paragraph>
      ) : (
        <ol className="db-timeline db-agenda-amendments">
          {amendments.map((amendment) => (
            <li key={amendment.id}>
              <span className="db-badge">{t(`amendments.change.${amendment.carriedOverFrom ? 'CARRIED_OVER' : amendment.change}`)}</span>{' '}
              {amendment.urgent ? <span className="db-badge db-badge--error">{t('items.urgent')}</span> : null} {what(amendment)}
              <br />
              <small>
                {amendment.actor
                  ? t('amendments.by', { name: amendment.actor.name, date: formatDateTime(amendment.createdAt, language) })
                  : t('amendments.system', { date: formatDateTime(amendment.createdAt, language) })}
              </small>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
