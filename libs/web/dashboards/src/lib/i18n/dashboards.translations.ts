import type { TranslationBundle } from '@doorbraak/web-ui';
import { dashboardsEn } from './dashboards.en';
import { dashboardsNl } from './dashboards.nl';

export const dashboardsNamespace = 'dashboards';

export const dashboardsTranslations: TranslationBundle = { namespace: dashboardsNamespace, resources: { nl: dashboardsNl, en: dashboardsEn } };
