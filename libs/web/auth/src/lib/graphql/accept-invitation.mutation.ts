import { graphql } from '@doorbraak/web-data-access';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      accessToken
      expiresAt
    }
  }
`);
