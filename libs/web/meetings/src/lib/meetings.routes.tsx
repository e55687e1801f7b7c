import type { RouteObject } from 'react-router';

const placeholder = (screen: 'meetings' | 'meeting' | 'briefing' | 'actionItem'): RouteObject['lazy'] => async () => {
  const { PlaceholderPage } = await import('./placeholder.page');
  return { Component: () => <PlaceholderPage screen={screen} /> };
};

export const meetingsRoutes: RouteObject[] = [
  { path: 'vergaderingen', lazy: placeholder('meetings') },
  { path: 'vergaderingen/:id', lazy: placeholder('meeting') },
  { path: 'vergaderingen/:id/briefing', lazy: placeholder('briefing') },
  { path: 'actiepunten/:id', lazy: placeholder('actionItem') },
];
