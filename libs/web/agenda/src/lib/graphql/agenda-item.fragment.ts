import { graphql } from '@doorbraak/web-data-access';

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
  }
`);
