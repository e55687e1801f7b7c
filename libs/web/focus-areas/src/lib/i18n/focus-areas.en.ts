import type { FocusAreasTranslations } from './focus-areas.nl';

export const focusAreasEn: FocusAreasTranslations = {
  heading: 'Focus areas',
  intro: 'Overview of the urban focus areas and the alliances working in them.',
  caption: 'Focus areas with municipality, alliance, number of inhabitants and number of neighbourhoods',
  columns: {
    name: 'Focus area',
    municipality: 'Municipality',
    alliance: 'Alliance',
    inhabitants: 'Inhabitants',
    wijken: 'Neighbourhoods',
  },
  areaCount_one: '{{formatted}} focus area',
  areaCount_other: '{{formatted}} focus areas',
  inhabitantCount_one: '{{formatted}} inhabitant',
  inhabitantCount_other: '{{formatted}} inhabitants',
  noAlliance: 'No alliance registered',
  summary: '{{areas}} · {{inhabitants}}',
  loading: 'Loading focus areas…',
  errorTitle: 'The focus areas could not be loaded',
  errorMessage: 'Check your connection and try again. If the problem persists, contact the programme bureau.',
  retry: 'Try again',
  emptyTitle: 'There are no focus areas yet',
  emptyMessage: 'Focus areas will appear here once they have been registered.',
};
