export const authNl = {
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met het e-mailadres en wachtwoord van uw Doorbraak-account.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    sso: 'Inloggen met SSO',
    ssoIntro: 'Of log in via het inlogsysteem van uw organisatie.',
    sessionEnded: 'Uw sessie is beëindigd. Log opnieuw in om verder te gaan.',
    idle: 'U bent na 30 minuten zonder activiteit uitgelogd. Log opnieuw in om verder te gaan.',
    signedOut: 'U bent uitgelogd.',
    failed: 'Inloggen is niet gelukt',
  },
  invitation: {
    title: 'Uitnodiging accepteren',
    intro: 'U bent uitgenodigd voor Doorbraak. Kies een wachtwoord om uw account te activeren.',
    password: 'Nieuw wachtwoord',
    passwordHint: 'Minstens 12 tekens.',
    confirm: 'Herhaal het wachtwoord',
    mismatch: 'De wachtwoorden zijn niet gelijk.',
    tooShort: 'Kies een wachtwoord van minstens 12 tekens.',
    submit: 'Wachtwoord instellen en inloggen',
    missingToken: 'Deze link is niet compleet. Open de link uit de uitnodiging opnieuw, of vraag een nieuwe uitnodiging aan.',
    failed: 'Het wachtwoord kon niet worden ingesteld',
  },
  checking: 'Bezig met controleren of u al bent ingelogd…',
};

export type AuthTranslations = typeof authNl;
