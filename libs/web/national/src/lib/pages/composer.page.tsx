import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, type ComposerFieldsFragment } from '@doorbraak/web-data-access';
import { AppLink, EmptyState, ErrorState, formatDateTime, LoadingState, PageHeading, Paragraph, StatusMessage, type StatusMessageValue } from '@doorbraak/web-ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { candidateTitle, ComposerTable, type ComposerCandidateRow } from '../components/composer-table.component';
import { PriorityFormula } from '../components/priority-formula.component';
import { AddCandidateToAgendaMutation } from '../graphql/add-candidate-to-agenda.mutation';
import { CastPriorityVoteMutation } from '../graphql/cast-priority-vote.mutation';
import { DoorbraakoverlegComposerQuery } from '../graphql/doorbraakoverleg-composer.query';
import { WithdrawPriorityVoteMutation } from '../graphql/withdraw-priority-vote.mutation';
import { nationalNamespace } from '../i18n/national.translations';
import '../composer.css';

type Focus = { id: string; control: 'add' | 'remove' | 'agenda' } | null;

// The doorbraakoverleg's agenda composer: the ranking with its reasons, the rijksvertegenwoordiger's votes
// and the coordinator's "Op de agenda". Without a meeting in the address, the next doorbraakoverleg.
export const ComposerPage = () => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const language = i18n.resolvedLanguage ?? 'nl';
  const { meetingId } = useParams();
  const { data, loading, error, refetch } = useQuery(DoorbraakoverlegComposerQuery, { variables: { meetingId: meetingId ?? null } });
  const [cast, casting] = useMutation(CastPriorityVoteMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawPriorityVoteMutation);
  const [addToAgenda, adding] = useMutation(AddCandidateToAgendaMutation);
  const [message, setMessage] = useState<StatusMessageValue>(null);
  const [focus, setFocus] = useState<Focus>(null);
  const busy = casting.loading || withdrawing.loading || adding.loading;
  const composer = data?.doorbraakoverlegComposer;

  // The ranking moves the row; the focus goes back to the control that was used, wherever the row went.
  useEffect(() => {
    const control = focus && document.getElementById(`composer-${focus.control}-${focus.id}`);
    if (control) {
      control.focus();
      setFocus(null);
    }
  }, [focus, composer]);

  const failed = (reason: unknown) => setMessage({ ok: false, text: t('composer.failed', { reason: t(`common:${toUserError(reason).messageKey}`) }) });

  const onVote = async (current: ComposerFieldsFragment, candidate: ComposerCandidateRow, change: 'add' | 'remove') => {
    if (change === 'add' && current.myVotesLeft === 0) {
      setMessage({ ok: false, text: t('composer.noneLeft') });
      return;
    }
    const variables = { meetingId: current.id, dossierId: candidate.dossier?.id ?? null, vastloperId: candidate.vastloper?.id ?? null };
    try {
      const result =
        change === 'add' ? (await cast({ variables })).data?.castPriorityVote : (await withdraw({ variables })).data?.withdrawPriorityVote;
      const moved = result?.candidates.find((row) => row.id === candidate.id);
      setFocus({ id: candidate.id, control: change });
      setMessage({
        ok: true,
        text: t(change === 'add' ? 'composer.added' : 'composer.removed', { title: candidateTitle(candidate), rank: moved?.rank, left: result?.myVotesLeft }),
      });
    } catch (reason) {
      failed(reason);
    }
  };

  const onAddToAgenda = async (current: ComposerFieldsFragment, candidate: ComposerCandidateRow) => {
    try {
      await addToAgenda({
        variables: {
          meetingId: current.id,
          input: { title: candidateTitle(candidate), kind: 'DECISION', vastloperId: candidate.vastloper?.id ?? null, dossierId: candidate.dossier?.id ?? null },
        },
      });
      await refetch();
      setFocus({ id: candidate.id, control: 'agenda' });
      setMessage({ ok: true, text: t('composer.addedToAgenda', { title: candidateTitle(candidate) }) });
    } catch (reason) {
      failed(reason);
    }
  };

  return (
    <section>
      <PageHeading intro={t('composer.intro')}>{t('composer.title')}</PageHeading>
      {loading && !data ? (
        <LoadingState label={t('composer.loading')} />
      ) : error || !data ? (
        <ErrorState title={t('composer.loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !composer ? (
        <EmptyState title={t('composer.noMeetingTitle')}>
          <Paragraph>{t('composer.noMeetingMessage')}</Paragraph>
        </EmptyState>
      ) : (
        <>
          <div className="db-composer__meeting">
            <Paragraph>
              <strong>{t('composer.meeting', { title: composer.meetingTitle, date: formatDateTime(composer.scheduledAt, language) })}</strong>
            </Paragraph>
            <Paragraph>
              {composer.votingOpen ? t('composer.votingCloses', { date: formatDateTime(composer.votingClosesAt, language) }) : t('composer.votingClosed')}
              {composer.canVote ? <> {t('composer.votesLeft', { count: composer.myVotesLeft, total: composer.votesPerPerson })}</> : null}
            </Paragraph>
            {composer.canCompose ? (
              <Paragraph>
                <AppLink to={WEB_PATHS.meeting(composer.id)}>{t('composer.toAgenda')}</AppLink>
              </Paragraph>
            ) : null}
          </div>
          <PriorityFormula />
          <StatusMessage message={message} />
          {composer.candidates.length === 0 ? (
            <EmptyState title={t('composer.emptyTitle')}>
              <Paragraph>{t('composer.emptyMessage')}</Paragraph>
            </EmptyState>
          ) : (
            <ComposerTable
              composer={composer}
              busy={busy}
              onVote={(candidate, change) => void onVote(composer, candidate, change)}
              onAddToAgenda={(candidate) => void onAddToAgenda(composer, candidate)}
            />
          )}
        </>
      )}
    </section>
  );
};

