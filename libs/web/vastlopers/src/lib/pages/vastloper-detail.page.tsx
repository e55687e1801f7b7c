import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { appendNestedPage, toUserError, useLoadMoreOf } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, Facts, formatDate, formatDateTime, Heading, LoadingState, MinistryAnswer, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ItemActions } from '../components/item-actions.component';
import { ItemBadges } from '../components/item-badges.component';
import { LinkedItems } from '../components/linked-items.component';
import { SimilarItems } from '../components/similar-items.component';
import { DossierHistory } from '../components/dossier-history.component';
import { ItemHistory } from '../components/item-history.component';
import { VastloperEditForm } from '../components/vastloper-edit-form.component';
import { AcknowledgeVastloperMutation } from '../graphql/acknowledge-vastloper.mutation';
import { AnswerVastloperMutation } from '../graphql/answer-vastloper.mutation';
import { VastloperAgendaQuery } from '../graphql/vastloper-agenda.query';
import { VastloperProgressQuery } from '../graphql/vastloper-progress.query';
import { VastloperQuery } from '../graphql/vastloper.query';
import { VastloperTimelineQuery } from '../graphql/vastloper-timeline.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const VastloperDetailPage = () => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(VastloperQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const [acknowledge] = useMutation(AcknowledgeVastloperMutation);
  const [answer] = useMutation(AnswerVastloperMutation);
  const more = {
    timeline: useLoadMoreOf(data?.vastloper.timeline, (after) =>
      fetchMore({ query: VastloperTimelineQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('vastloper', 'timeline', shown, fetchMoreResult) }),
    ),
    progress: useLoadMoreOf(data?.vastloper.progressUpdates, (after) =>
      fetchMore({ query: VastloperProgressQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('vastloper', 'progressUpdates', shown, fetchMoreResult) }),
    ),
    agenda: useLoadMoreOf(data?.vastloper.agendaItems, (after) =>
      fetchMore({ query: VastloperAgendaQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('vastloper', 'agendaItems', shown, fetchMoreResult) }),
    ),
  };
  const language = i18n.resolvedLanguage ?? 'nl';

  if (loading && !data) return <LoadingState label={t('detail.loading')} />;
  if (error || !data) {
    return (
      <>
        <PageHeading>{t('detail.loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const item = data.vastloper;

  return (
    <article>
      <PageHeading intro={`${t(`common:enums.vastloperStatus.${item.status}`)} · ${t(`common:enums.rung.${item.rung}`)}`}>{item.title}</PageHeading>
      <Paragraph>
        <ItemBadges stalled={item.stalled} confidential={item.confidential} overdue={item.overdueAtTop} answerFlag={item.answerTime?.flag} />
      </Paragraph>
      {editing ? (
        <VastloperEditForm
          item={item}
          onClose={() => setEditing(false)}
          onSaved={async () => {
            setEditing(false);
            await refetch();
          }}
        />
      ) : (
        <ItemActions
          itemId={item.id}
          kind="vastloper"
          rung={item.rung}
          // At a ministry, its acknowledgement (below) acknowledges the rung too: one button, not two.
          can={{ ...item.viewerCan, acknowledge: item.viewerCan.acknowledge && !item.viewerCan.acknowledgeForMinistry }}
          doorbraken={item.doorbraken}
          onDone={() => refetch()}
          onEdit={() => setEditing(true)}
        />
      )}
      {item.answerTime ? (
        <MinistryAnswer
          answerTime={item.answerTime}
          can={item.viewerCan}
          actions={{
            acknowledge: () => acknowledge({ variables: { id: item.id, note: null } }),
            answer: (text) => answer({ variables: { id: item.id, answer: text } }),
            errorText: (failure) => t(`common:${toUserError(failure).messageKey}`),
          }}
          onDone={() => refetch()}
        />
      ) : null}
      <section className="db-section" aria-labelledby="facts-heading">
        <Heading level={2} id="facts-heading">
          {t('detail.facts')}
        </Heading>
        <Facts
          facts={[
            [t('detail.alliance'), <AppLink to={`/allianties/${item.alliance.slug}`}>{item.alliance.name}</AppLink>],
            [t('form.category'), t(`common:enums.category.${item.category}`)],
            [t('form.actielijn'), t(`common:enums.actielijn.${item.actielijn}`)],
            [t('form.owningMinistry'), item.owningMinistry && t(`common:enums.ministry.${item.owningMinistry}`)],
            [t('form.legalReference'), item.legalReference],
            [t('form.remedy'), item.remedy && t(`common:enums.remedy.${item.remedy}`)],
            [t('detail.dossier'), item.dossier && <AppLink to={WEB_PATHS.dossier(item.dossier.id)}>{item.dossier.title}</AppLink>],
            [t('detail.owner'), item.owner.name],
            [t('detail.reporter'), item.reporter.name],
            [t('detail.createdAt'), formatDate(item.createdAt, language)],
            [t('detail.rungSince'), formatDateTime(item.rungEnteredAt, language)],
            [t('detail.nextEscalation'), item.nextEscalationAt && formatDateTime(item.nextEscalationAt, language)],
            [t('detail.acknowledgedAt'), item.acknowledgedAt && formatDateTime(item.acknowledgedAt, language)],
            [t('detail.parkedUntil'), item.parkedUntil && `${formatDate(item.parkedUntil, language)}${item.parkReason ? ` — ${item.parkReason}` : ''}`],
          ]}
        />
      </section>
      <section className="db-section" aria-labelledby="description-heading">
        <Heading level={2} id="description-heading">
          {t('detail.description')}
        </Heading>
        <Paragraph>{item.description || t('detail.noDescription')}</Paragraph>
      </section>
      <ItemHistory timeline={item.timeline} progress={item.progressUpdates} agenda={item.agendaItems} more={more} />
      <DossierHistory events={item.dossierTimeline} />
      <LinkedItems
        id="doorbraken"
        title={t('detail.doorbraken')}
        empty={t('detail.noDoorbraken')}
        items={item.doorbraken.map((doorbraak) => ({
          id: doorbraak.id,
          title: doorbraak.title,
          href: WEB_PATHS.doorbraak(doorbraak.id),
          status: t(`common:enums.doorbraakStatus.${doorbraak.status}`),
        }))}
      />
      {item.viewerCan.seeSimilar ? <SimilarItems vastloperId={item.id} /> : null}
    </article>
  );
};
