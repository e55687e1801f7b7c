import { graphql } from '../generated';

// What every screen about an agenda shows of one item (the agenda, meeting mode).
export const AgendaItemFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    position
    title
    kind
    minutesAllotted
    source
    carriedOverFromId
    presenter {
      id
      name
    }
    item {
      id
      kind
      title
      status
      confidential
    }
    dossier {
      id
      title
    }
  }
`);
