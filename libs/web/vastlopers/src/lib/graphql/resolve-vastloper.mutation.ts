import { graphql } from '@doorbraak/web-data-access';

export const ResolveVastloperMutation = graphql(`
  mutation ResolveVastloper($id: ID!, $resolution: String, $doorbraakId: ID) {
    resolveVastloper(id: $id, resolution: $resolution, doorbraakId: $doorbraakId) {
      id
    }
  }
`);
