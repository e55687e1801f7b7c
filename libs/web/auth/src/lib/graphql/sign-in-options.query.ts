import { graphql } from '@doorbraak/web-data-access';

export const SignInOptionsQuery = graphql(`
  query SignInOptions {
    signInOptions {
      sso
    }
  }
`);
