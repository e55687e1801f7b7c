import type { AuthTranslations } from './auth.nl';

export const authEn: AuthTranslations = {
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with the e-mail address and password of your Doorbraak account.',
    email: 'E-mail address',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    sso: 'Sign in with SSO',
    ssoIntro: 'Or sign in through your organisation’s sign-in system.',
    sessionEnded: 'Your session has ended. Sign in again to continue.',
    idle: 'You were signed out after 30 minutes without activity. Sign in again to continue.',
    signedOut: 'You have signed out.',
    failed: 'Signing in did not work',
  },
  invitation: {
    title: 'Accept invitation',
    intro: 'You have been invited to Doorbraak. Choose a password to activate your account.',
    password: 'New password',
    passwordHint: 'At least 12 characters.',
    confirm: 'Repeat the password',
    mismatch: 'The passwords do not match.',
    tooShort: 'Choose a password of at least 12 characters.',
    submit: 'Set password and sign in',
    missingToken: 'This link is incomplete. Open the link from the invitation again, or ask for a new invitation.',
    failed: 'The password could not be set',
  },
  checking: 'Checking whether you are already signed in…',
};
