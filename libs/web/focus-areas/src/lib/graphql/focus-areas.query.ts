import { gql, type TypedDocumentNode } from '@apollo/client';

// Hand-written from the API's FocusArea model until the web has codegen; keep in step with the query below.
export type FocusAreaAlliance = {
  id: string;
  name: string;
};

export type FocusArea = {
  id: string;
  slug: string;
  name: string;
  municipality: string;
  inhabitants: number;
  /** Number of neighbourhoods (wijken) in the area. */
  wijken: number;
  website: string | null;
  ambitions: string[];
  alliance: FocusAreaAlliance | null;
};

export type FocusAreasQueryData = {
  focusAreas: FocusArea[];
};

export const focusAreasQuery: TypedDocumentNode<FocusAreasQueryData, Record<string, never>> = gql`
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
`;
