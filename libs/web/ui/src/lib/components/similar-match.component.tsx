import { WEB_PATHS } from '@doorbraak/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from './app-link.component';

export type SimilarReasonView = { readonly kind: string; readonly label: string; readonly values: readonly string[] };

export type SimilarMatchView = {
  readonly score: number;
  readonly reasons: readonly SimilarReasonView[];
  readonly vastloper: { readonly id: string; readonly title: string; readonly confidential: boolean; readonly alliance: { readonly name: string } };
};

// Enum values the reasons carry, translated through the common enums.
const ENUM_OF_REASON: Readonly<Record<string, string>> = {
  SAME_MINISTRY: 'ministry',
  SAME_CATEGORY: 'category',
  SAME_REMEDY: 'remedy',
  SAME_ACTIELIJN: 'actielijn',
};

// The score in words first (people compare words, not decimals), with the score beside it. The bounds
// follow what the similarity job gives: an item's best match scores about 0.2 (median), 0.25 is the top
// quarter of best matches, 0.5 about the highest seen.
export const similarStrength = (score: number): 'strong' | 'clear' | 'possible' => (score >= 0.25 ? 'strong' : score >= 0.15 ? 'clear' : 'possible');

const useReasonText = () => {
  const { t } = useTranslation('common');
  return (reason: SimilarReasonView): string => {
    const [first = '', here = '', there = ''] = reason.values;
    switch (reason.kind) {
      case 'SHARED_CONCEPT':
        return t('similar.reason.SHARED_CONCEPT', {
          concept: first,
          wording: here === there ? `“${here}”` : t('similar.wordingBoth', { here, there }),
        });
      case 'SHARED_TERMS':
        return t('similar.reason.SHARED_TERMS', { value: reason.values.join(', ') });
      case 'SAME_LAW':
      case 'SIMILAR_TITLE':
        return t(`similar.reason.${reason.kind}`, { value: first });
      default: {
        const group = ENUM_OF_REASON[reason.kind];
        // A kind this client does not know yet: the server's own (Dutch) wording.
        return group ? t(`similar.reason.${reason.kind}`, { value: t(`enums.${group}.${first}`, { defaultValue: first }) }) : reason.label;
      }
    }
  };
};

// One similar vastloper elsewhere: its title (a link), alliance and how alike, then why; `actions`
// (the triage's buttons) beside it. `compact` (the triage, ten items of several matches each): the reasons
// fold into a disclosure and the actions stand to the right where there is room.
export const SimilarMatch = ({ match, actions, compact = false }: { match: SimilarMatchView; actions?: ReactNode; compact?: boolean }) => {
  const { t } = useTranslation('common');
  const reasonText = useReasonText();
  const percent = Math.round(match.score * 100);
  const reasons =
    match.reasons.length > 0 ? (
      <ul className="db-similar__reasons" aria-label={t('similar.reasons')}>
        {match.reasons.map((reason, index) => (
          <li key={`${reason.kind}-${index}`}>{reasonText(reason)}</li>
        ))}
      </ul>
    ) : null;
  const body = (
    <>
      <p className="db-similar__title">
        <AppLink to={WEB_PATHS.vastloper(match.vastloper.id)}>{match.vastloper.title}</AppLink>{' '}
        {match.vastloper.confidential ? <span className="db-badge">{t('similar.confidential')}</span> : null}
      </p>
      <p className="db-similar__meta">
        {match.vastloper.alliance.name} · {t('similar.score', { strength: t(`similar.strength.${similarStrength(match.score)}`), percent })}
      </p>
    </>
  );
  if (!compact) {
    return (
      <div className="db-similar">
        {body}
        {reasons}
        {actions}
      </div>
    );
  }
  return (
    <div className="db-similar db-similar--compact">
      <div className="db-similar__body">
        {body}
        {reasons ? (
          <details className="db-similar__why">
            <summary>{t('similar.why', { count: match.reasons.length })}</summary>
            {reasons}
          </details>
        ) : null}
      </div>
      {actions ? <div className="db-similar__actions">{actions}</div> : null}
    </div>
  );
};
