import type { DashboardsTranslations } from './dashboards.nl';

export const dashboardsEn: DashboardsTranslations = {
  title: 'Dashboard',
};
