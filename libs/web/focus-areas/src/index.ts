export { focusAreasRoutes } from './lib/focus-areas.routes';
export { FocusAreasPage } from './lib/focus-areas-page.component';
export { focusAreasNamespace, focusAreasTranslations } from './lib/i18n/focus-areas.translations';
export { focusAreasQuery } from './lib/graphql/focus-areas.query';
export type { FocusArea, FocusAreaAlliance, FocusAreasQueryData } from './lib/graphql/focus-areas.query';
export { summarizeFocusAreas } from './lib/focus-areas.summary';
export type { FocusAreasSummary } from './lib/focus-areas.summary';
