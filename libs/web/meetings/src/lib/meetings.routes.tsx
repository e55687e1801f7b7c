import type { RouteObject } from 'react-router';

const placeholder = (screen: 'meetings'): RouteObject['lazy'] => async () => {
  const { PlaceholderPage } = await import('./placeholder.page');
  return { Component: () => <PlaceholderPage screen={screen} /> };
};

export const meetingsRoutes: RouteObject[] = [
  { path: 'vergaderingen', lazy: placeholder('meetings') },
];
