import type { FocusArea } from './graphql/focus-areas.query';

export type FocusAreasSummary = {
  count: number;
  totalInhabitants: number;
};

export const summarizeFocusAreas = (areas: readonly Pick<FocusArea, 'inhabitants'>[]): FocusAreasSummary => ({
  count: areas.length,
  totalInhabitants: areas.reduce((total, area) => total + area.inhabitants, 0),
});
