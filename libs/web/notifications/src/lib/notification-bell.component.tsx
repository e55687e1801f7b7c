import { useApolloClient, useQuery } from '@apollo/client/react';
import { WEB_PATHS } from '@doorbraak/domain';
import { useLiveReconnected, useLiveSubscription } from '@doorbraak/web-data-access';
import { AppLink } from '@doorbraak/web-ui';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationAddedSubscription } from './graphql/notification-added.subscription';
import { NotificationsQuery } from './graphql/notifications.query';
import { UnreadNotificationCountQuery } from './graphql/unread-count.query';
import { notificationsNamespace } from './i18n/notifications.translations';

// The header's bell: the unread count, kept current live. A new notification refreshes the count and,
// when it is open, the list.
export const NotificationBell = () => {
  const { t } = useTranslation(notificationsNamespace);
  const client = useApolloClient();
  const { data } = useQuery(UnreadNotificationCountQuery);
  const refresh = useCallback(() => {
    void client.refetchQueries({ include: [UnreadNotificationCountQuery, NotificationsQuery] }).catch(() => undefined);
  }, [client]);
  useLiveSubscription(NotificationAddedSubscription, refresh);
  useLiveReconnected(refresh);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <AppLink to={WEB_PATHS.notifications()} aria-label={t('bell', { count })}>
      <span className="db-bell" aria-hidden="true">
        {t('title')} {count > 0 ? <span className="nl-number-badge">{count}</span> : null}
      </span>
    </AppLink>
  );
};
