import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { appendNestedPage, toUserError, useLoadMoreOf } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, Facts, formatDate, Heading, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ItemActions } from '../components/item-actions.component';
import { LinkedItems } from '../components/linked-items.component';
import { ItemHistory } from '../components/item-history.component';
import { DoorbraakAgendaQuery } from '../graphql/doorbraak-agenda.query';
import { DoorbraakProgressQuery } from '../graphql/doorbraak-progress.query';
import { DoorbraakQuery } from '../graphql/doorbraak.query';
import { DoorbraakTimelineQuery } from '../graphql/doorbraak-timeline.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const DoorbraakDetailPage = () => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(DoorbraakQuery, { variables: { id } });
  const language = i18n.resolvedLanguage ?? 'nl';
  const more = {
    timeline: useLoadMoreOf(data?.doorbraak.timeline, (after) =>
      fetchMore({ query: DoorbraakTimelineQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('doorbraak', 'timeline', shown, fetchMoreResult) }),
    ),
    progress: useLoadMoreOf(data?.doorbraak.progressUpdates, (after) =>
      fetchMore({ query: DoorbraakProgressQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('doorbraak', 'progressUpdates', shown, fetchMoreResult) }),
    ),
    agenda: useLoadMoreOf(data?.doorbraak.agendaItems, (after) =>
      fetchMore({ query: DoorbraakAgendaQuery, variables: { id, after }, updateQuery: (shown, { fetchMoreResult }) => appendNestedPage('doorbraak', 'agendaItems', shown, fetchMoreResult) }),
    ),
  };

  if (loading && !data) return <LoadingState label={t('doorbraken.loading')} />;
  if (error || !data) {
    return (
      <>
        <PageHeading>{t('doorbraken.loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const item = data.doorbraak;
  return (
    <article>
      <PageHeading intro={`${t(`common:enums.doorbraakKind.${item.kind}`)} · ${t(`common:enums.doorbraakStatus.${item.status}`)}`}>{item.title}</PageHeading>
      <ItemActions itemId={item.id} kind="doorbraak" rung={item.rung ?? null} can={item.viewerCan} onDone={() => refetch()} />
      <section className="db-section" aria-labelledby="facts-heading">
        <Heading level={2} id="facts-heading">
          {t('detail.facts')}
        </Heading>
        <Facts
          facts={[
            [t('detail.alliance'), <AppLink to={`/allianties/${item.alliance.slug}`}>{item.alliance.name}</AppLink>],
            [t('doorbraken.sharedWith'), item.sharedWith.map((alliance) => alliance.name).join(', ')],
            [t('doorbraken.impact'), item.impact ?? '—'],
            [t('list.rung'), item.rung ? t(`common:enums.rung.${item.rung}`) : t('doorbraken.notOnLadder')],
            [t('detail.owner'), item.owner.name],
            [t('detail.createdAt'), formatDate(item.createdAt, language)],
          ]}
        />
      </section>
      <section className="db-section" aria-labelledby="description-heading">
        <Heading level={2} id="description-heading">
          {t('detail.description')}
        </Heading>
        <Paragraph>{item.description || t('detail.noDescription')}</Paragraph>
      </section>
      <LinkedItems
        id="resolves"
        title={t('doorbraken.resolves')}
        empty={t('doorbraken.noResolves')}
        items={item.vastlopers.map((vastloper) => ({
          id: vastloper.id,
          title: vastloper.title,
          href: WEB_PATHS.vastloper(vastloper.id),
          status: t(`common:enums.vastloperStatus.${vastloper.status}`),
        }))}
      />
      <ItemHistory timeline={item.timeline} progress={item.progressUpdates} agenda={item.agendaItems} more={more} />
    </article>
  );
};
