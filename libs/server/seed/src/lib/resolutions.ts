import type { EscalationRung } from '@doorbraak/domain';

export type CuratedResolution = {
  readonly knelpunt: string;
  readonly doorbraak: string;
  // Where the booklet says it was solved ("solved by the rijksvertegenwoordiger", "resolved nationally").
  readonly rung: EscalationRung;
  readonly resolution: string;
};

// Reviewed by hand: knelpunten the booklet reports as solved, each paired with the doorbraak that
// solved it (titles as in data/focus-areas.json; the seed fails loudly when one no longer matches).
export const RESOLVED_KNELPUNTEN: Readonly<Record<string, readonly CuratedResolution[]>> = {
  'amsterdam-nieuw-west': [
    {
      knelpunt: 'Geen overzicht van rijksplannen en -middelen',
      doorbraak: 'Overzicht van komende rijksinitiatieven en -middelen',
      rung: 'RIJKSVERTEGENWOORDIGER',
      resolution: 'De rijksvertegenwoordiger heeft alle komende rijksinitiatieven en -middelen voor het gebied op een rij gezet.',
    },
  ],
  'amsterdam-zuidoost': [
    {
      knelpunt: 'Te weinig inbreng van bewoners',
      doorbraak: 'Bewoners aan de beslistafel',
      rung: 'ALLIANTIE',
      resolution: 'Bewoners beslissen nu mee aan tafel met gemeente, bedrijfsleven en partners.',
    },
  ],
  'groningen-noord': [
    {
      knelpunt: 'Bewoners met ernstige psychische problemen',
      doorbraak: 'Onder één dak met psychische hulpverlening',
      rung: 'PROGRAMMABUREAU',
      resolution: 'Vrijwilligers krijgen advies van de psychische hulpverleners die in het wijkbedrijf zitten.',
    },
    {
      knelpunt: 'Voltijdopleiding volgen met behoud van uitkering',
      doorbraak: 'Bewoonster van geen diploma naar vaste baan in de zorg',
      rung: 'PROGRAMMABUREAU',
      resolution: 'Via de vaste contactpersoon bij de gemeente mocht de bewoonster de opleiding met behoud van uitkering volgen.',
    },
  ],
  'heerlen-noord': [
    {
      knelpunt: 'Korte projecten met te weinig partners',
      doorbraak: 'Generatielange aanpak van 25 jaar vastgesteld',
      rung: 'ALLIANTIE',
      resolution: 'De gemeenteraad heeft de generatielange aanpak met alle partners unaniem vastgesteld.',
    },
    {
      knelpunt: 'Rijksfinanciering onzeker bij de start',
      doorbraak: 'Gemeente startte met € 1 miljoen eigen geld',
      rung: 'ALLIANTIE',
      resolution: 'De gemeente heeft € 1 miljoen vrijgemaakt om te starten; partners investeren vooruitlopend op rijksmiddelen.',
    },
  ],
  'leeuwarden-oost': [
    {
      knelpunt: 'Ouderavonden slecht bezocht',
      doorbraak: 'Ouderavond om 17.00 uur met soep en opvang',
      rung: 'PROGRAMMABUREAU',
      resolution: 'De school verplaatste de ouderavond naar 17.00 uur, met soep en opvang voor peuters.',
    },
  ],
  'roosendaal-ring': [
    {
      knelpunt: "Afstand tot Den Haag: de 'Haagse kaasstolp'",
      doorbraak: 'Rijksvertegenwoordiger aan tafel',
      rung: 'RIJKSVERTEGENWOORDIGER',
      resolution: 'Met een rijksvertegenwoordiger aan de alliantietafel is er een snelle ingang in Den Haag.',
    },
  ],
  'rotterdam-zuid': [
    {
      knelpunt: 'Ketenpartners wijzen naar elkaar bij Zorg en Techniek',
      doorbraak: 'Treintje: basisscholen, Zorg en Techniek en hulpverlening',
      rung: 'PROGRAMMABUREAU',
      resolution: 'Het programmabureau heeft een treintje gesmeed: basisscholen en ketenpartners geven en krijgen allebei.',
    },
  ],
  'utrecht-overvecht': [
    {
      knelpunt: 'Criminaliteit bij autobedrijven op bedrijventerrein',
      doorbraak: 'Bibob-toets voor bedrijven op bedrijventerrein',
      rung: 'ALLIANTIE',
      resolution: 'Alle bedrijven op het terrein moesten opnieuw een vergunning aanvragen met een Bibob-toets.',
    },
  ],
  'vlaardingen-west': [
    {
      knelpunt: 'Containers voor grofvuil pasten niet in het beleid',
      doorbraak: 'Drie containers en nieuw grofvuilbeleid',
      rung: 'ALLIANTIE',
      resolution: 'Na bestuurlijk overleg zijn drie containers geplaatst en wordt grofvuil regelmatig opgehaald.',
    },
    {
      knelpunt: 'Weinig aanvragen voor de energietoeslag',
      doorbraak: 'Deur-aan-deur hulp bij de energietoeslag',
      rung: 'PROGRAMMABUREAU',
      resolution: 'Vrijwilligers hebben huishoudens aan de deur geholpen met de aanvraag.',
    },
  ],
  'zaandam-oost': [
    {
      knelpunt: 'Financiering van interventieteam ondermijning',
      doorbraak: 'Speciaal interventieteam ondermijning gefinancierd',
      rung: 'DOORBRAAKOVERLEG',
      resolution: 'Na de presentatie aan secretarissen-generaal en directeuren-generaal is de financiering geregeld.',
    },
    {
      knelpunt: 'Drugscriminelen met een bijstandsuitkering',
      doorbraak: 'Bijstand van drugscriminelen ingetrokken',
      rung: 'ALLIANTIE',
      resolution: 'De pactpartners hebben samen de uitkeringen van drugscriminelen ingetrokken.',
    },
    {
      knelpunt: 'Bedreiging van een jongerenwerker',
      doorbraak: 'Snelle steun voor bedreigde jongerenwerker',
      rung: 'ALLIANTIE',
      resolution: 'De leidinggevenden van de pactpartners gaven direct volledige steun.',
    },
  ],
};

// Knelpunten the booklet itself calls unnecessary so far: withdrawn, with the reason.
export const WITHDRAWN_KNELPUNTEN: Readonly<Record<string, readonly { knelpunt: string; reason: string }[]>> = {
  'amsterdam-nieuw-west': [
    {
      knelpunt: 'Mogelijke vastlopers op wet- en regelgeving',
      reason: 'Ingetrokken: tot nu toe is geen zaak op wet- en regelgeving vastgelopen. Nieuwe gevallen worden apart gemeld.',
    },
  ],
};
