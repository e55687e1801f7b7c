import { graphql, type FocusAreasQuery } from '@doorbraak/web-data-access';

export type FocusAreasQueryData = FocusAreasQuery;
export type FocusArea = FocusAreasQuery['focusAreas'][number];
export type FocusAreaAlliance = NonNullable<FocusArea['alliance']>;

export const focusAreasQuery = graphql(`
  query FocusAreas {
    focusAreas {
      id
      slug
      name
      municipality
      inhabitants
      wijken
      website
      ambitions
      alliance {
        id
        name
      }
    }
  }
`);
