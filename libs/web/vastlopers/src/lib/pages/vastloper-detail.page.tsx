import { useQuery } from '@apollo/client/react';
import { toUserError } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, formatDate, formatDateTime, Heading, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ItemActions } from '../components/item-actions.component';
import { ItemBadges } from '../components/item-badges.component';
import { ItemHistory } from '../components/item-history.component';
import { VastloperEditForm } from '../components/vastloper-edit-form.component';
import { VastloperQuery } from '../graphql/vastloper.query';
import { vastlopersNamespace } from '../i18n/vastlopers.translations';

export const VastloperDetailPage = () => {
  const { t, i18n } = useTranslation([vastlopersNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(VastloperQuery, { variables: { id } });
  const [editing, setEditing] = useState(false);
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
        <ItemBadges stalled={item.stalled} confidential={item.confidential} overdue={item.overdueAtTop} />
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
          can={item.viewerCan}
          doorbraken={item.doorbraken}
          onDone={() => refetch()}
          onEdit={() => setEditing(true)}
        />
      )}
      <section className="db-section" aria-labelledby="facts-heading">
        <Heading level={2} id="facts-heading">
          {t('detail.facts')}
        </Heading>
        <dl className="db-facts">
          <dt>{t('detail.alliance')}</dt>
          <dd>
            <AppLink to={`/allianties/${item.alliance.slug}`}>{item.alliance.name}</AppLink>
          </dd>
          <dt>{t('form.category')}</dt>
          <dd>{t(`common:enums.category.${item.category}`)}</dd>
          <dt>{t('form.actielijn')}</dt>
          <dd>{t(`common:enums.actielijn.${item.actielijn}`)}</dd>
          {item.owningMinistry ? (
            <>
              <dt>{t('form.owningMinistry')}</dt>
              <dd>{t(`common:enums.ministry.${item.owningMinistry}`)}</dd>
            </>
          ) : null}
          {item.legalReference ? (
            <>
              <dt>{t('form.legalReference')}</dt>
              <dd>{item.legalReference}</dd>
            </>
          ) : null}
          {item.remedy ? (
            <>
              <dt>{t('form.remedy')}</dt>
              <dd>{t(`common:enums.remedy.${item.remedy}`)}</dd>
            </>
          ) : null}
          <dt>{t('detail.owner')}</dt>
          <dd>{item.owner.name}</dd>
          <dt>{t('detail.reporter')}</dt>
          <dd>{item.reporter.name}</dd>
          <dt>{t('detail.createdAt')}</dt>
          <dd>{formatDate(item.createdAt, language)}</dd>
          <dt>{t('detail.rungSince')}</dt>
          <dd>{formatDateTime(item.rungEnteredAt, language)}</dd>
          {item.nextEscalationAt ? (
            <>
              <dt>{t('detail.nextEscalation')}</dt>
              <dd>{formatDateTime(item.nextEscalationAt, language)}</dd>
            </>
          ) : null}
          {item.acknowledgedAt ? (
            <>
              <dt>{t('detail.acknowledgedAt')}</dt>
              <dd>{formatDateTime(item.acknowledgedAt, language)}</dd>
            </>
          ) : null}
          {item.parkedUntil ? (
            <>
              <dt>{t('detail.parkedUntil')}</dt>
              <dd>
                {formatDate(item.parkedUntil, language)}
                {item.parkReason ? ` — ${item.parkReason}` : ''}
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="db-section" aria-labelledby="description-heading">
        <Heading level={2} id="description-heading">
          {t('detail.description')}
        </Heading>
        <Paragraph>{item.description || t('detail.noDescription')}</Paragraph>
      </section>
      <ItemHistory timeline={item.timeline} progress={item.progressUpdates} agenda={item.agendaItems} />
      <section className="db-section" aria-labelledby="doorbraken-heading">
        <Heading level={2} id="doorbraken-heading">
          {t('detail.doorbraken')}
        </Heading>
        {item.doorbraken.length === 0 ? (
          <Paragraph>{t('detail.noDoorbraken')}</Paragraph>
        ) : (
          <ul>
            {item.doorbraken.map((doorbraak) => (
              <li key={doorbraak.id}>
                <AppLink to={`/doorbraken/${doorbraak.id}`}>{doorbraak.title}</AppLink> ({t(`common:enums.doorbraakStatus.${doorbraak.status}`)})
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
};
