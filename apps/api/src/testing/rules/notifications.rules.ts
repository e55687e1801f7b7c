import { authenticated, defineRules } from '../operation-rules';

// Everyone reads and manages only their own notifications and preferences: signed in is enough.
export const RULES = defineRules({
  feature: 'notifications',
  rules: [
    {
      name: 'notifications',
      operation: 'Query.notifications',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ notifications(first: 5) { id kind message link } }' }),
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
      call: async ({ db, person }) => {
        if (!person) {
          return { query: 'mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', variables: { id: '00000000-0000-4000-8000-000000000000' } };
        }
        const [row]: { id: string }[] = await db.query(
          `INSERT INTO notification (recipient_id, kind, dedupe_key, message, email_state)
           VALUES ($1, 'AGENDA_PUBLISHED', 'matrix-' || gen_random_uuid(), 'Matrix-melding', 'SKIPPED') RETURNING id`,
          [person.id],
        );
        return { query: 'mutation ($id: ID!) { markNotificationRead(id: $id) { readAt } }', variables: { id: row.id } };
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
