export const accessibilityNl = {
  title: 'Toegankelijkheidsverklaring',
  intro: 'Doorbraak wil voor iedereen bruikbaar zijn. Deze verklaring beschrijft hoe we dat nagaan.',
  standard: 'Norm',
  standardText: 'Doorbraak moet voldoen aan de Web Content Accessibility Guidelines (WCAG) 2.1, niveau A en AA, zoals voorgeschreven door het Besluit digitale toegankelijkheid overheid.',
  checks: 'Wat we bij elke wijziging automatisch controleren',
  checkAxe: 'Op elk scherm dat de browsertests bezoeken, ook in de fouttoestanden, meldt axe-core 0 overtredingen van WCAG 2.1 A en AA.',
  checkKeyboard: 'Alle acties op de detailpagina van een vastloper zijn met alleen het toetsenbord te bedienen; een test doorloopt een volledig pad zonder muis.',
  checkLanguage: 'Alle teksten zijn in het Nederlands en het Engels beschikbaar; een test faalt als een tekst in één taal ontbreekt. De taal van de pagina wordt aan hulptechnologie doorgegeven.',
  checkFocus: 'Elke pagina zet een eigen titel en verplaatst de focus naar de kop; formulieren tonen fouten naast het veld en in een overzicht dat de focus krijgt.',
  checkScreens: 'De schermen worden getest op 1280×800 en 768×1024 pixels.',
  status: 'Status',
  statusText: 'Doorbraak is in ontwikkeling. Een handmatige toets door een onafhankelijke deskundige heeft nog niet plaatsgevonden; tot dan voldoet Doorbraak gedeeltelijk.',
  contact: 'Contact',
  contactText: 'Loopt u tegen een toegankelijkheidsprobleem aan? Neem contact op met het programmabureau van uw alliantie; we reageren binnen vijf werkdagen.',
  date: 'Deze verklaring is opgesteld in 2025.',
};

export type AccessibilityTranslations = typeof accessibilityNl;
