import { useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError } from '@doorbraak/web-data-access';
import { AppLink, ErrorState, formatDate, formatDateTime, Heading, LoadingState, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ActionItemActions } from '../components/action-item-actions.component';
import { StatusRequestBadge } from '../components/status-request-badge.component';
import { ActionItemQuery } from '../graphql/action-item.query';
import { registersNamespace } from '../i18n/registers.translations';
import '../registers.css';

export const ActionItemDetailPage = () => {
  const { t, i18n } = useTranslation([registersNamespace, 'common']);
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ActionItemQuery, { variables: { id } });
  const language = i18n.resolvedLanguage ?? 'nl';

  if (loading && !data) return <LoadingState label={t('detail.loading')} />;
  if (error || !data) {
    return (
      <>
        <Paragraph>
          <AppLink to={WEB_PATHS.actionItems()}>{t('detail.back')}</AppLink>
        </Paragraph>
        <PageHeading>{t('detail.loadError')}</PageHeading>
        <ErrorState message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch().catch(() => undefined)} />
      </>
    );
  }
  const item = data.actionItem;
  const committedBy = item.committedByPartner?.name ?? (item.committedBy ? t(`enums.committedBy.${item.committedBy}`) : null);

  return (
    <article>
      <Paragraph>
        <AppLink to={WEB_PATHS.actionItems()}>{t('detail.back')}</AppLink>
      </Paragraph>
      <PageHeading intro={`${t(`enums.kind.${item.kind}`)} · ${t(`enums.status.${item.status}`)}`}>{item.description}</PageHeading>
      {item.overdue ? (
        <Paragraph>
          <span className="db-badge db-badge--error">{t('actionItems.overdue')}</span>
        </Paragraph>
      ) : null}
      <section className="db-section" aria-labelledby="action-item-actions">
        <Heading level={2} id="action-item-actions">
          {t('actions.heading')}
        </Heading>
        <ActionItemActions item={item} onChanged={() => refetch()} />
      </section>
      <section className="db-section" aria-labelledby="action-item-facts">
        <Heading level={2} id="action-item-facts">
          {t('detail.facts')}
        </Heading>
        <dl className="db-facts">
          <dt>{t('detail.kind')}</dt>
          <dd>{t(`enums.kind.${item.kind}`)}</dd>
          <dt>{t('detail.status')}</dt>
          <dd>{t(`enums.status.${item.status}`)}</dd>
          <dt>{t('detail.alliance')}</dt>
          <dd>
            <AppLink to={`/allianties/${item.alliance.slug}`}>{item.alliance.name}</AppLink>
          </dd>
          <dt>{t('detail.owner')}</dt>
          <dd>{item.owner?.name ?? t('actionItems.noOwner')}</dd>
          <dt>{t('detail.dueDate')}</dt>
          <dd>
            {formatDate(item.dueDate, language)}
            {item.overdue ? ` (${t('actionItems.overdue').toLowerCase()})` : null}
          </dd>
          {committedBy ? (
            <>
              <dt>{t('detail.committedBy')}</dt>
              <dd>{committedBy}</dd>
            </>
          ) : null}
          <dt>{t('detail.meeting')}</dt>
          <dd>
            {item.meeting ? (
              <AppLink to={WEB_PATHS.meeting(item.meeting.id)}>
                {item.meeting.title}, {formatDate(item.meeting.scheduledAt, language)}
              </AppLink>
            ) : (
              t('detail.noMeeting')
            )}
          </dd>
          <dt>{t('detail.createdAt')}</dt>
          <dd>{formatDate(item.createdAt, language)}</dd>
          {item.completedAt ? (
            <>
              <dt>{t('detail.completedAt')}</dt>
              <dd>{formatDateTime(item.completedAt, language)}</dd>
            </>
          ) : null}
        </dl>
      </section>
      <section className="db-section" aria-labelledby="action-item-request">
        <Heading level={2} id="action-item-request">
          {t('detail.statusRequest')}
        </Heading>
        {item.statusRequestedAt ? (
          <>
            <Paragraph>{t('detail.statusRequestText', { date: formatDateTime(item.statusRequestedAt, language) })}</Paragraph>
            <StatusRequestBadge item={item} withDate={false} />
          </>
        ) : (
          <Paragraph>{t('detail.noStatusRequest')}</Paragraph>
        )}
      </section>
      <section className="db-section" aria-labelledby="action-item-progress">
        <Heading level={2} id="action-item-progress">
          {t('detail.progress')}
        </Heading>
        {item.progressReports.length === 0 ? (
          <Paragraph>{t('detail.noProgress')}</Paragraph>
        ) : (
          <ul className="db-register-progress">
            {item.progressReports.map((report) => (
              <li key={report.id}>
                <p className="db-register-card__meta">
                  {t('detail.reportBy', { date: formatDateTime(report.at, language), name: report.author?.name ?? '—' })}
                </p>
                <p className="db-register-progress__note">{report.note}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
};
