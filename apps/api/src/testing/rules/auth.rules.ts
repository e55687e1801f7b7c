import { authenticated, defineRules, policy, publicAccess } from '../operation-rules';

const PAYLOAD = '{ accessToken expiresAt }';

export const RULES = defineRules({
  feature: 'auth',
  rules: [
    {
      name: 'login',
      operation: 'Mutation.login',
      access: publicAccess,
      targets: ['national'],
      // Anonymous callers sign in too: that is what login is for.
      call: ({ person, people }) => ({
        query: `mutation ($email: String!) { login(email: $email, password: "doorbraak") ${PAYLOAD} }`,
        variables: { email: (person ?? people.PARTNER_MEMBER).email },
      }),
    },
    {
      // The refresh cookie is the credential, not an access token.
      name: 'refresh',
      operation: 'Mutation.refresh',
      access: publicAccess,
      targets: ['national'],
      call: async ({ person, people, signIn }) => {
        const session = await signIn((person ?? people.PARTNER_MEMBER).email);
        return { query: `mutation { refresh ${PAYLOAD} }`, token: null, cookie: session.cookie };
      },
    },
    {
      name: 'logout',
      operation: 'Mutation.logout',
      access: authenticated,
      targets: ['national'],
      // A session of its own, so the caller's session in the matrix lives on.
      call: async ({ person, signIn }) => ({ query: 'mutation { logout }', token: person ? (await signIn(person.email)).token : null }),
    },
    {
      // A password that is too short: past the sign-in check, refused as BAD_USER_INPUT, nothing changes.
      name: 'changePassword',
      operation: 'Mutation.changePassword',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: 'mutation { changePassword(currentPassword: "doorbraak", newPassword: "kort") }' }),
    },
    {
      name: 'me',
      operation: 'Query.me',
      access: authenticated,
      targets: ['national'],
      call: () => ({ query: '{ me { id email memberships { role allianceId } } }' }),
    },
    {
      name: 'invitePerson',
      operation: 'Mutation.invitePerson',
      // To an alliance: its members are managed there. To a national role: only administrators.
      access: policy((target) => (target === 'national' ? 'user.manage' : 'member.manage')),
      targets: ['own', 'other', 'national'],
      denied: (target) => (target === 'national' ? 'FORBIDDEN' : { notFoundUnless: 'alliance.read' }),
      call: ({ role, target, allianceId }) => ({
        query: 'mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url } }',
        variables: {
          input: {
            email: `matrix.${role}.${target}@example.nl`.toLowerCase(),
            name: `Matrix ${role} ${target}`,
            allianceId,
            role: target === 'national' ? 'NATIONAL_COORDINATOR' : 'BUREAU_MEMBER',
          },
        },
      }),
    },
    {
      // An unknown token: past any access check, refused as BAD_USER_INPUT.
      name: 'acceptInvitation',
      operation: 'Mutation.acceptInvitation',
      access: publicAccess,
      targets: ['national'],
      call: () => ({
        query: `mutation { acceptInvitation(token: "no-such-invitation", password: "a long enough password") ${PAYLOAD} }`,
      }),
    },
  ],
});
