import type { MeetingAgendaFragment } from '@doorbraak/web-data-access';
import { formatDateTime, Heading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { agendaNamespace } from '../i18n/agenda.translations';

// What changed after publication, oldest first, as the API recorded it (its descriptions are Dutch).
export const AgendaAmendments = ({ amendments }: { amendments: MeetingAgendaFragment['amendments'] }) => {
  const { t, i18n } = useTranslation(agendaNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
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
              <span className="db-badge">{t(`amendments.change.${amendment.change}`)}</span>{' '}
              {amendment.urgent ? <span className="db-badge db-badge--error">{t('items.urgent')}</span> : null} {amendment.description}
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
