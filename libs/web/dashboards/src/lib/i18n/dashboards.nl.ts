export const dashboardsNl = {
  title: 'Dashboard',
};

export type DashboardsTranslations = typeof dashboardsNl;
