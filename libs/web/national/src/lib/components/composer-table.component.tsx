import { WEB_PATHS } from '@doorbraak/domain';
import type { ComposerFieldsFragment } from '@doorbraak/web-data-access';
import { AppLink, Button, DataTable, formatNumber } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { nationalNamespace } from '../i18n/national.translations';

export type ComposerCandidateRow = ComposerFieldsFragment['candidates'][number];

export const candidateTitle = (candidate: ComposerCandidateRow): string => candidate.dossier?.title ?? candidate.vastloper?.title ?? '';

// The id of a control of a row, so the focus can return to it after the ranking moved the row.
export const controlId = (candidate: ComposerCandidateRow, control: 'add' | 'remove' | 'agenda'): string => `composer-${control}-${candidate.id}`;

type Props = {
  composer: ComposerFieldsFragment;
  busy: boolean;
  onVote: (candidate: ComposerCandidateRow, change: 'add' | 'remove') => void;
  onAddToAgenda: (candidate: ComposerCandidateRow) => void;
};

// The ranked candidates: what, the score with its reasons, the votes (with the rijksvertegenwoordiger's
// − and + buttons) and whether it is on the agenda (with the coordinator's button).
export const ComposerTable = ({ composer, busy, onVote, onAddToAgenda }: Props) => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  return (
    <DataTable
      id="composer"
      caption={t('composer.caption')}
      className="db-composer__table"
      rows={composer.candidates}
      rowKey={(candidate) => candidate.id}
      columns={[
        { header: t('composer.columns.rank'), cell: (candidate) => candidate.rank, className: 'db-composer__rank' },
        {
          header: t('composer.columns.candidate'),
          cell: (candidate) => (
            <>
              <AppLink to={candidate.dossier ? WEB_PATHS.dossier(candidate.dossier.id) : WEB_PATHS.vastloper(candidate.vastloper?.id ?? '')}>
                {candidateTitle(candidate)}
              </AppLink>
              <br />
              <span className="db-table__muted">
                {candidate.dossier
                  ? t('composer.dossierLine', { ministry: candidate.dossier.owningMinistry })
                  : t('composer.vastloperLine', {
                      alliance: candidate.vastloper?.alliance.name,
                      rung: t(`common:enums.rung.${candidate.vastloper?.rung ?? 'INTERDEPARTEMENTAAL'}`),
                    })}
              </span>
              <AgendaState composer={composer} candidate={candidate} busy={busy} onAddToAgenda={onAddToAgenda} />
            </>
          ),
        },
        {
          header: t('composer.columns.score'),
          cell: (candidate) => (
            <>
              <strong>{formatNumber(candidate.score, language)}</strong>
              <ul className="db-composer__reasons">
                {candidate.reasons
                  .filter((reason) => reason.points > 0)
                  .map((reason) => (
                    <li key={reason.factor}>
                      {t(`composer.reasons.${reason.factor}`, { count: reason.value, value: formatNumber(reason.value, language) })}
                      {': '}
                      {t('composer.points', { points: formatNumber(reason.points, language) })}
                    </li>
                  ))}
              </ul>
            </>
          ),
        },
        {
          header: t('composer.columns.votes'),
          cell: (candidate) => (
            <>
              {t('composer.votes', { count: candidate.votes })}
              {candidate.myVotes > 0 ? <span className="db-table__muted"> ({t('composer.mine', { count: candidate.myVotes })})</span> : null}
              {composer.canVote ? (
                <span className="db-composer__vote">
                  {/* aria-disabled rather than disabled: the button keeps the focus after the last vote is given or taken back. */}
                  <Button
                    id={controlId(candidate, 'remove')}
                    appearance="secondary-action-button"
                    aria-label={t('composer.remove', { title: candidateTitle(candidate) })}
                    aria-disabled={busy || candidate.myVotes === 0 || undefined}
                    onClick={() => !busy && candidate.myVotes > 0 && onVote(candidate, 'remove')}
                  >
                    −
                  </Button>
                  <Button
                    id={controlId(candidate, 'add')}
                    appearance="secondary-action-button"
                    aria-label={t('composer.add', { title: candidateTitle(candidate) })}
                    aria-disabled={busy || composer.myVotesLeft === 0 || undefined}
                    onClick={() => !busy && onVote(candidate, 'add')}
                  >
                    +
                  </Button>
                </span>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
};

// Whether the candidate is on the agenda, or the coordinator's button to put it there; under its title, so the
// table fits a tablet's width.
const AgendaState = ({ composer, candidate, busy, onAddToAgenda }: { candidate: ComposerCandidateRow } & Omit<Props, 'onVote'>) => {
  const { t } = useTranslation(nationalNamespace);
  if (candidate.alreadyOnAgenda) {
    return (
      <span id={controlId(candidate, 'agenda')} tabIndex={-1} className="db-badge db-composer__agenda">
        {t('composer.onAgenda')}
      </span>
    );
  }
  if (!composer.canCompose) {
    return null;
  }
  return (
    <Button
      id={controlId(candidate, 'agenda')}
      className="db-composer__agenda"
      appearance="secondary-action-button"
      aria-label={t('composer.addToAgendaLabel', { title: candidateTitle(candidate) })}
      aria-disabled={busy || undefined}
      onClick={() => !busy && onAddToAgenda(candidate)}
    >
      {t('composer.addToAgenda')}
    </Button>
  );
};
