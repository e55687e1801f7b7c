import { authenticated, defineRules } from '../operation-rules';
import { matrixNotification } from './notification-fixture';

// Everyone reads and manages only their own notifications and preferences: signed in is enough.
export const RULES = defineRules({
  feature: 'notifications',
  rules: [
    {
      name: 'notifications',
      operation: 'Query.notifications',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ notifications(first: 5) { edges { node { id kind message link } } } }' }),
    },
    {
      name: 'unreadNotificationCount',
      operation: 'Query.unreadNotificationCount',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ unreadNotificationCount }' }),
    },
    {
      name: 'notificationPreferences',
      operation: 'Query.notificationPreferences',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ notificationPreferences { kind delivery } }' }),
    },
    {
      name: 'setNotificationPreference',
      operation: 'Mutation.setNotificationPreference',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: 'mutation { setNotificationPreference(kind: STATUS_REQUEST, delivery: DAILY_DIGEST) { kind delivery } }' }),
    },
    {
      // A notification of the caller's own; anonymous callers have none.
      name: 'markNotificationRead',
      operation: 'Mutation.markNotificationRead',
      access: authenticated,
      targets: ['national'],
      call: async ({ db, app, person }) => {
        if (!person) {
          return { query: 'mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', variables: { id: '00000000-0000-4000-8000-000000000000' } };
        }
        const id = await matrixNotification(app, db, person.id, 'matrix');
        return { query: 'mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', variables: { id } };
      },
    },
    {
      name: 'markAllNotificationsRead',
      operation: 'Mutation.markAllNotificationsRead',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: 'mutation { markAllNotificationsRead }' }),
    },
  ],
});
