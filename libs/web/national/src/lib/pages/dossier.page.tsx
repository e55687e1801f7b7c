import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { appendNestedPage, toUserError, useLoadMoreOf } from '@doorbraak/web-data-access';
import { AppLink, EmptyState, ErrorState, EscalationEventLine, Facts, formatDate, formatDateTime, Heading, LoadingState, LoadMore, MinistryAnswer, PageHeading, Paragraph, StatusMessage, type StatusMessageValue } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { DossierAccept } from '../components/dossier-accept.component';
import { DossierCloseForm } from '../components/dossier-close-form.component';
import { DossierNoteForm } from '../components/dossier-note-form.component';
import { AcknowledgeDossierMutation } from '../graphql/acknowledge-dossier.mutation';
import { AnswerDossierMutation } from '../graphql/answer-dossier.mutation';
import { DossierQuery } from '../graphql/dossier.query';
import { DossierTimelineQuery } from '../graphql/dossier-timeline.query';
import { nationalNamespace } from '../i18n/national.translations';

const NOT_FOUND = new Set(['DOSSIER_NOT_FOUND', 'NOT_FOUND', 'BAD_USER_INPUT']);

// A national dossier: what it is about, who owns it, the vastlopers it carries and its notes; who may,
// adds a note or closes it.
export const DossierPage = () => {
  const { t, i18n } = useTranslation([nationalNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(DossierQuery, { variables: { id } });
  const moreMoves = useLoadMoreOf(data?.dossier.timeline, (after) =>
    fetchMore({ query: DossierTimelineQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('dossier', 'timeline', shown, fetchMoreResult) }),
  );
  // What brought the person here, such as the triage's "opened with 3 vastlopers".
  const arrival = (useLocation().state as { message?: unknown } | null)?.message;
  const [message, setMessage] = useState<StatusMessageValue>(typeof arrival === 'string' ? { ok: true, text: arrival } : null);
  const language = i18n.resolvedLanguage ?? 'nl';
  const [acknowledge] = useMutation(AcknowledgeDossierMutation);
  const [answer] = useMutation(AnswerDossierMutation);

  if (loading && !data) return <LoadingState label={t('dossier.loading')} />;
  if (error || !data) {
    const failure = toUserError(error);
    if (NOT_FOUND.has(failure.code)) {
      return (
        <>
          <PageHeading>{t('dossier.notFound')}</PageHeading>
          <Paragraph>{t('common:errors.DOSSIER_NOT_FOUND')}</Paragraph>
          <Paragraph>
            <AppLink to="/">{t('common:notFound.home')}</AppLink>
          </Paragraph>
        </>
      );
    }
    return (
      <>
        <PageHeading>{t('dossier.loadError')}</PageHeading>
        <ErrorState message={t(`common:${failure.messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const dossier = data.dossier;
  const reload = () => refetch();
  const lineage = (link: { id: string; title: string } | null | undefined) => (link ? <AppLink to={WEB_PATHS.dossier(link.id)}>{link.title}</AppLink> : null);

  return (
    <article>
      <PageHeading intro={t('dossier.kicker', { status: t(`dossier.status.${dossier.status}`) })}>{dossier.title}</PageHeading>
      <StatusMessage message={message} />
      {dossier.viewerCan.accept ? (
        <DossierAccept
          dossierId={dossier.id}
          title={dossier.title}
          onDone={async () => {
            await reload();
            setMessage({ ok: true, text: t('dossier.accept.done', { title: dossier.title }), focus: true });
          }}
        />
      ) : null}
      <section className="db-section" aria-labelledby="dossier-facts-heading">
        <Heading level={2} id="dossier-facts-heading">
          {t('dossier.facts')}
        </Heading>
        <Facts
          facts={[
            [t('dossier.statusLabel'), t(`dossier.status.${dossier.status}`)],
            [t('dossier.ministry'), t(`common:enums.ministry.${dossier.owningMinistry}`)],
            [t('dossier.ministryOwner'), dossier.ministryOwner && `${dossier.ministryOwner.name}${dossier.ministryOwner.organisation ? ` (${dossier.ministryOwner.organisation})` : ''}`],
            [t('dossier.createdBy'), dossier.createdBy.name],
            [t('dossier.createdAt'), formatDate(dossier.createdAt, language)],
            [t('dossier.acceptedAt'), dossier.acceptedAt && formatDate(dossier.acceptedAt, language)],
            [t('dossier.legalReference'), dossier.legalReference],
            [t('dossier.closedAt'), dossier.closedAt && formatDate(dossier.closedAt, language)],
            [t('dossier.outcomeLabel'), dossier.outcome && `${t(`dossier.outcome.${dossier.outcome}`)}${dossier.outcomeText ? ` — ${dossier.outcomeText}` : ''}`],
            [t('dossier.mergedInto'), lineage(dossier.mergedInto)],
            [t('dossier.splitFrom'), lineage(dossier.splitFrom)],
          ]}
        />
      </section>
      {dossier.rung ? (
        <section className="db-section" aria-labelledby="dossier-ladder-heading">
          <Heading level={2} id="dossier-ladder-heading">
            {t('dossier.ladder.heading')}
          </Heading>
          <Facts
            facts={[
              [t('dossier.ladder.rung'), t(`common:enums.rung.${dossier.rung}`)],
              [t('dossier.ladder.since'), dossier.rungEnteredAt && formatDateTime(dossier.rungEnteredAt, language)],
              [t('dossier.ladder.escalatesAt'), dossier.nextEscalationAt && formatDateTime(dossier.nextEscalationAt, language)],
              [t('dossier.ladder.overdueAt'), dossier.overdueAt && formatDateTime(dossier.overdueAt, language)],
              [
                t('dossier.ladder.nextMeeting'),
                dossier.nextMeeting ? (
                  <AppLink to={WEB_PATHS.meeting(dossier.nextMeeting.id)}>
                    {dossier.nextMeeting.title} · {formatDateTime(dossier.nextMeeting.scheduledAt, language)}
                  </AppLink>
                ) : (
                  t('dossier.ladder.noMeeting')
                ),
              ],
              [t('dossier.ladder.answerFlag'), dossier.answerTime && t(`common:enums.answerFlag.${dossier.answerTime.flag}`)],
            ]}
          />
          <div className="db-section">
            <Heading level={3} id="dossier-moves-heading">
              {t('dossier.ladder.moves')}
            </Heading>
            {dossier.timeline.edges.length === 0 ? (
              <Paragraph>{t('dossier.ladder.noMoves')}</Paragraph>
            ) : (
              <ol className="db-timeline" aria-labelledby="dossier-moves-heading">
                {dossier.timeline.edges.map(({ node: event }) => (
                  <li key={event.id}>
                    <EscalationEventLine event={event} />
                  </li>
                ))}
              </ol>
            )}
            <LoadMore hasMore={moreMoves.hasMore} loading={moreMoves.loadingMore} onLoadMore={moreMoves.loadMore} label={t('dossier.ladder.moreMoves')} />
          </div>
        </section>
      ) : null}
      {dossier.answerTime ? (
        <MinistryAnswer
          answerTime={dossier.answerTime}
          can={dossier.viewerCan}
          actions={{
            acknowledge: () => acknowledge({ variables: { id: dossier.id, note: null } }),
            answer: (text) => answer({ variables: { id: dossier.id, answer: text } }),
            errorText: (failure) => t(`common:${toUserError(failure).messageKey}`),
          }}
          onDone={reload}
        />
      ) : null}
      <section className="db-section" aria-labelledby="dossier-cause-heading">
        <Heading level={2} id="dossier-cause-heading">
          {t('dossier.cause')}
        </Heading>
        <Paragraph>{dossier.cause}</Paragraph>
      </section>
      <section className="db-section" aria-labelledby="dossier-vastlopers-heading">
        <Heading level={2} id="dossier-vastlopers-heading">
          {t('dossier.vastlopers', { count: dossier.vastlopers.length })}
        </Heading>
        {dossier.vastlopers.length === 0 ? (
          <Paragraph>{t('dossier.noVastlopers')}</Paragraph>
        ) : (
          <ul>
            {dossier.vastlopers.map((vastloper) => (
              <li key={vastloper.id}>
                <AppLink to={WEB_PATHS.vastloper(vastloper.id)}>{vastloper.title}</AppLink> —{' '}
                {t('dossier.vastloperLine', { alliance: vastloper.alliance.name, status: t(`common:enums.vastloperStatus.${vastloper.status}`) })}
              </li>
            ))}
          </ul>
        )}
        {dossier.hiddenVastloperCount > 0 ? <Paragraph>{t('dossier.hiddenVastlopers', { count: dossier.hiddenVastloperCount })}</Paragraph> : null}
      </section>
      <section className="db-section" aria-labelledby="dossier-notes-heading">
        <Heading level={2} id="dossier-notes-heading">
          {t('dossier.notes')}
        </Heading>
        {dossier.notes.length === 0 ? (
          <EmptyState title={t('dossier.noNotes')} />
        ) : (
          <ol className="db-timeline">
            {dossier.notes.map((note) => (
              <li key={note.id}>
                <Paragraph>
                  <strong>{t(`dossier.noteKind.${note.kind}`)}</strong> · {formatDateTime(note.at, language)} · {note.author.name}
                </Paragraph>
                <Paragraph>{note.text}</Paragraph>
              </li>
            ))}
          </ol>
        )}
      </section>
      {dossier.viewerCan.addNote ? (
        <DossierNoteForm
          dossierId={dossier.id}
          onDone={async () => {
            await reload();
            setMessage({ ok: true, text: t('dossier.note.done') });
          }}
        />
      ) : null}
      {dossier.viewerCan.close ? (
        <DossierCloseForm
          dossierId={dossier.id}
          title={dossier.title}
          onDone={async () => {
            await reload();
            setMessage({ ok: true, text: t('dossier.close.done', { title: dossier.title }), focus: true });
          }}
        />
      ) : null}
    </article>
  );
};
