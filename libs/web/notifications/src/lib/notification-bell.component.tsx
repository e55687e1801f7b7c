import { useQuery } from '@apollo/client/react';
import { AppLink } from '@doorbraak/web-ui';
import { useTranslation } from 'react-i18next';
import { UnreadNotificationCountQuery } from './graphql/unread-count.query';
import { notificationsNamespace } from './i18n/notifications.translations';

// The header's bell: the unread count, refreshed every half minute.
export const NotificationBell = () => {
  const { t } = useTranslation(notificationsNamespace);
  const { data } = useQuery(UnreadNotificationCountQuery, { pollInterval: 30_000 });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <AppLink to="/meldingen" aria-label={t('bell', { count })}>
      <span className="db-bell" aria-hidden="true">
        {t('title')} {count > 0 ? <span className="nl-number-badge">{count}</span> : null}
      </span>
    </AppLink>
  );
};
