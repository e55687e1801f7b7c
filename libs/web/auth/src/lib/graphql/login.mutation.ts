import { graphql } from '@doorbraak/web-data-access';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresAt
    }
  }
`);
