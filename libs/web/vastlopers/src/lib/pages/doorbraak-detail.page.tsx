import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, formatDate, Heading, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ItemActions } from '../components/item-actions.component';
import { ItemHistory } from '../components/item-history.component';
import { DoorbraakQuery } from '../graphql/doorbraak.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const DoorbraakDetailPage = () => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DoorbraakQuery, { variables: { id } });
  const language = i18n.resolvedLanguage ?? 'nl';

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
        <dl className="db-facts">
          <dt>{t('detail.alliance')}</dt>
          <dd>
            <AppLink to={`/allianties/${item.alliance.slug}`}>{item.alliance.name}</AppLink>
          </dd>
          {item.sharedWith.length > 0 ? (
            <>
              <dt>{t('doorbraken.sharedWith')}</dt>
              <dd>{item.sharedWith.map((alliance) => alliance.name).join(', ')}</dd>
            </>
          ) : null}
          <dt>{t('doorbraken.impact')}</dt>
          <dd>{item.impact ?? '—'}</dd>
          <dt>{t('list.rung')}</dt>
          <dd>{item.rung ? t(`common:enums.rung.${item.rung}`) : t('doorbraken.notOnLadder')}</dd>
          <dt>{t('detail.owner')}</dt>
          <dd>{item.owner.name}</dd>
          <dt>{t('detail.createdAt')}</dt>
          <dd>{formatDate(item.createdAt, language)}</dd>
        </dl>
      </section>
      <section className="db-section" aria-labelledby="description-heading">
        <Heading level={2} id="description-heading">
          {t('detail.description')}
        </Heading>
        <Paragraph>{item.description || t('detail.noDescription')}</Paragraph>
      </section>
      <section className="db-section" aria-labelledby="resolves-heading">
        <Heading level={2} id="resolves-heading">
          {t('doorbraken.resolves')}
        </Heading>
        {item.vastlopers.length === 0 ? (
          <Paragraph>{t('doorbraken.noResolves')}</Paragraph>
        ) : (
          <ul>
            {item.vastlopers.map((vastloper) => (
              <li key={vastloper.id}>
                <AppLink to={`/vastlopers/${vastloper.id}`}>{vastloper.title}</AppLink> ({t(`common:enums.vastloperStatus.${vastloper.status}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <ItemHistory timeline={item.timeline} progress={item.progressUpdates} agenda={item.agendaItems} />
    </article>
  );
};
