import { useMutation, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { toUserError, useLoadMore } from '@doorbraak/web-data-access';
import { ActionGroup, Alert, AppLink, Button, EmptyState, ErrorState, formatDateTime, LoadingState, LoadMore, PageHeading, Paragraph } from '@doorbraak/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { MarkAllNotificationsReadMutation } from './graphql/mark-all-read.mutation';
import { MarkNotificationReadMutation } from './graphql/mark-read.mutation';
import { NotificationsQuery } from './graphql/notifications.query';
import { UnreadNotificationCountQuery } from './graphql/unread-count.query';
import { notificationsNamespace } from './i18n/notifications.translations';

// Notifications per page, newest first; "Meer tonen" fetches the next.
const PAGE_SIZE = 50;

export const NotificationsPage = () => {
  const { t, i18n } = useTranslation([notificationsNamespace, 'common']);
  const [params] = useSearchParams();
  const unreadOnly = params.get('ongelezen') === 'ja';
  const { data, loading, error, refetch, fetchMore } = useQuery(NotificationsQuery, { variables: { unreadOnly, first: PAGE_SIZE } });
  const more = useLoadMore(data, fetchMore, 'notifications');
  const refetchQueries = [UnreadNotificationCountQuery];
  const [markRead] = useMutation(MarkNotificationReadMutation, { refetchQueries });
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadMutation, { refetchQueries });
  const [message, setMessage] = useState<string | null>(null);

  let content;
  if (loading && !data) content = <LoadingState label={t('loading')} />;
  else if (error || !data) {
    content = <ErrorState title={t('loadError')} message={t(`common:${toUserError(error).messageKey}`)} onRetry={() => void refetch()} />;
  } else if (data.notifications.edges.length === 0) content = <EmptyState title={t('empty')} />;
  else {
    content = (
      <>
      <ul className="db-board__list">
        {data.notifications.edges.map(({ node: notification }) => (
          <li key={notification.id} className={`db-card${notification.readAt ? '' : ' db-notification--unread'}`}>
            <Paragraph>
              {notification.readAt ? null : <span className="db-badge">{t('unread')}</span>} {t(`common:enums.notificationKind.${notification.kind}`)} ·{' '}
              {formatDateTime(notification.createdAt, i18n.resolvedLanguage)}
            </Paragraph>
            <Paragraph>
              <AppLink to={notification.link} onClick={() => void markRead({ variables: { id: notification.id } }).catch(() => undefined)}>
                {notification.message}
              </AppLink>
            </Paragraph>
            {notification.readAt ? null : (
              <Button appearance="subtle-button" onClick={() => void markRead({ variables: { id: notification.id } }).then(() => refetch())}>
                {t('markRead')}
                <span className="db-visually-hidden">: {notification.message}</span>
              </Button>
            )}
          </li>
        ))}
      </ul>
      <LoadMore hasMore={more.hasMore} loading={more.loadingMore} onLoadMore={more.loadMore} />
      </>
    );
  }

  return (
    <section>
      <PageHeading intro={t('intro')}>{t('title')}</PageHeading>
      <ActionGroup>
        <AppLink to={unreadOnly ? WEB_PATHS.notifications() : `${WEB_PATHS.notifications()}?ongelezen=ja`}>{unreadOnly ? t('all') : t('unreadOnly')}</AppLink>
        <AppLink to={WEB_PATHS.preferences()}>{t('preferencesLink')}</AppLink>
        <Button
          appearance="secondary-action-button"
          busy={markAllState.loading}
          onClick={() =>
            void markAll()
              .then(async (result) => {
                setMessage(t('markedAll', { count: result.data?.markAllNotificationsRead ?? 0 }));
                await refetch();
              })
              .catch((failure: unknown) => setMessage(t(`common:${toUserError(failure).messageKey}`)))
          }
        >
          {t('markAllRead')}
        </Button>
      </ActionGroup>
      <div role="status" aria-live="polite">
        {message ? (
          <Alert type="info">
            <Paragraph>{message}</Paragraph>
          </Alert>
        ) : null}
      </div>
      {content}
    </section>
  );
};
