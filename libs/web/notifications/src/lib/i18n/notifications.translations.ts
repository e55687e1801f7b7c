import type { TranslationBundle } from '@doorbraak/web-ui';
import { notificationsEn } from './notifications.en';
import { notificationsNl } from './notifications.nl';

export const notificationsNamespace = 'notifications';

export const notificationsTranslations: TranslationBundle = {
  namespace: notificationsNamespace,
  resources: { nl: notificationsNl, en: notificationsEn },
};
