import { WEB_PATHS } from '@doorbraak/domain';
import type { DossierTimelineKind } from '@doorbraak/web-data-access';
import { AppLink, formatDateTime, Heading } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

type DossierLink = { id: string; title: string };

type DossierEvent = {
  kind: DossierTimelineKind;
  at: string;
  via?: string | null;
  text?: string | null;
  dossier: DossierLink;
  otherDossier?: DossierLink | null;
  actor?: { name: string } | null;
};

// What the national dossiers that carried the item did: when it joined or left (and why), and every progress
// note, decision and outcome written while it was carried — how the national level answers the alliance.
export const DossierHistory = ({ events }: { events: readonly DossierEvent[] }) => {
  const { t, i18n } = useTranslation(vastlopersNamespace);
  const language = i18n.resolvedLanguage ?? 'nl';
  if (events.length === 0) return null;
  return (
    <section className="db-section" aria-labelledby="dossier-history-heading">
      <Heading level={2} id="dossier-history-heading">
        {t('dossierHistory.heading')}
      </Heading>
      <ol className="db-timeline">
        {events.map((event, index) => (
          <li key={`${event.at}-${event.kind}-${index}`}>
            <strong>{formatDateTime(event.at, language)}</strong> — {t(`dossierHistory.kind.${event.kind}`)}{' '}
            <AppLink to={WEB_PATHS.dossier(event.dossier.id)}>{event.dossier.title}</AppLink>
            {event.via && event.via !== 'ADDED' && (event.kind === 'JOINED' || event.kind === 'LEFT') ? ` (${t(`dossierHistory.via.${event.kind}.${event.via}`)})` : ''}
            {event.otherDossier ? (
              <>
                {' '}
                {t(`dossierHistory.other.${event.kind === 'JOINED' ? 'from' : 'to'}`)}{' '}
                <AppLink to={WEB_PATHS.dossier(event.otherDossier.id)}>{event.otherDossier.title}</AppLink>
              </>
            ) : null}
            {event.actor ? ` ${t('detail.timelineBy', { name: event.actor.name })}` : ''}
            {event.text ? <>: “{event.text}”</> : null}
          </li>
        ))}
      </ol>
    </section>
  );
};
