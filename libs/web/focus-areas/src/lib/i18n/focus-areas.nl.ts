export const focusAreasNl = {
  heading: 'Focusgebieden',
  intro: 'Overzicht van de stedelijke focusgebieden en de allianties die er samenwerken.',
  caption: 'Focusgebieden met gemeente, alliantie, aantal inwoners en aantal wijken',
  columns: {
    name: 'Focusgebied',
    municipality: 'Gemeente',
    alliance: 'Alliantie',
    inhabitants: 'Inwoners',
    wijken: 'Wijken',
  },
  areaCount_one: '{{formatted}} focusgebied',
  areaCount_other: '{{formatted}} focusgebieden',
  inhabitantCount_one: '{{formatted}} inwoner',
  inhabitantCount_other: '{{formatted}} inwoners',
  noAlliance: 'Geen alliantie bekend',
  summary: '{{areas}} · {{inhabitants}}',
  loading: 'Focusgebieden worden geladen…',
  errorTitle: 'De focusgebieden konden niet worden geladen',
  errorMessage: 'Controleer uw verbinding en probeer het opnieuw. Blijft het probleem bestaan, neem dan contact op met het programmabureau.',
  retry: 'Opnieuw proberen',
  emptyTitle: 'Er zijn nog geen focusgebieden',
  emptyMessage: 'Zodra er focusgebieden zijn vastgelegd, verschijnen ze hier.',
};

export type FocusAreasTranslations = typeof focusAreasNl;
