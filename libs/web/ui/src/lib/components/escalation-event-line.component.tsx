import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../format.util';

// One EscalationEvent of the API (a vastloper's, a doorbraak's or a national dossier's).
export type EscalationEventView = {
  readonly at: string;
  readonly cause: string;
  readonly fromRung?: string | null;
  readonly toRung: string;
  readonly reason?: string | null;
  readonly actor?: { readonly name: string } | null;
};

// One move on the ladder as a line of a timeline: when, why, from which rung to which, by whom, the reason given.
// A move that stays at its rung (resolved there) names the rung once.
export const EscalationEventLine = ({ event }: { event: EscalationEventView }) => {
  const { t, i18n } = useTranslation('common');
  const rung = (value: string): string => t(`enums.rung.${value}`);
  return (
    <>
      <strong>{formatDateTime(event.at, i18n.resolvedLanguage ?? 'nl')}</strong> — {t(`enums.cause.${event.cause}`)}:{' '}
      {event.fromRung && event.fromRung !== event.toRung ? t('escalationEvent.move', { from: rung(event.fromRung), to: rung(event.toRung) }) : rung(event.toRung)}
      {event.actor ? ` ${t('escalationEvent.by', { name: event.actor.name })}` : ''}
      {event.reason ? <> — “{event.reason}”</> : null}
    </>
  );
};
