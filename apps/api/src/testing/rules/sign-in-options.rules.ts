import { defineRules, publicAccess } from '../operation-rules';

export const RULES = defineRules({
  feature: 'sign-in-options',
  rules: [
    {
      // The sign-in page asks before anyone has signed in.
      name: 'signInOptions',
      operation: 'Query.signInOptions',
      access: publicAccess,
      targets: ['national'],
      call: () => ({ query: '{ signInOptions { sso } }' }),
    },
  ],
});
