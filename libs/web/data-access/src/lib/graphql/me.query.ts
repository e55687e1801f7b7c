import { graphql } from '../generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      organisation
      memberships {
        allianceId
        allianceName
        role
      }
    }
  }
`);
