// Knelpunten of the demo data rewritten as another alliance would log them, for the retrieval test and
// the similarity benchmark. Each case names the original by its seeded title and area; `close` keeps most
// of the words, `far` says the same in other words (at most a quarter of the original's stemmed content
// words, which the retrieval test checks with PostgreSQL's Dutch stemmer).
export type ParaphraseText = { readonly title: string; readonly description: string };

export type ParaphraseCase = {
  readonly original: string;
  readonly area: string;
  // The area whose alliance logs the paraphrases: never the original's.
  readonly loggedBy: string;
  readonly close: ParaphraseText;
  readonly far: ParaphraseText;
};

const text = (title: string, description: string): ParaphraseText => ({ title, description });

export const PARAPHRASE_CASES: readonly ParaphraseCase[] = [
  {
    original: 'Niemand betaalt de onrendabele top van sloop/nieuwbouw particuliere woningen',
    area: 'rotterdam-zuid',
    loggedBy: 'heerlen-noord',
    close: text(
      'Onrendabele top bij sloop en nieuwbouw van particuliere woningen wordt door niemand betaald',
      'De corporaties pakken alleen hun eigen woningen aan. De gemeente en het Rijk hebben geen budget, dus sloop en nieuwbouw van particuliere huizen komt niet van de grond.',
    ),
    far: text(
      'Wie dekt het gat tussen kosten en opbrengst bij het vervangen van verouderde koophuizen?',
      'Verhuurders knappen uitsluitend hun eigen panden op. Stad noch ministerie heeft er geld voor, waardoor afbreken en herbouwen van huizen van eigenaar-bewoners stilligt.',
    ),
  },
  {
    original: 'Wetgeving verbiedt gegevensuitwisseling',
    area: 'rotterdam-zuid',
    loggedBy: 'zaandam-oost',
    close: text(
      'Wet verbiedt partners gegevens uit te wisselen',
      'Partners mogen volgens de wetgeving geen gegevens met elkaar uitwisselen. Dat belemmert een gezamenlijke oplossing; een aanpassing van de wet zou helpen.',
    ),
    far: text(
      'School, wijkteam en politie mogen signalen over een gezin niet delen',
      'Door de privacyregels blijft informatie over kwetsbare kinderen bij elke organisatie apart liggen, terwijl een gecombineerde aanpak juist samenwerking vraagt.',
    ),
  },
  {
    original: 'Woningtoewijzing alleen op inkomen',
    area: 'utrecht-overvecht',
    loggedBy: 'arnhem-oost',
    close: text(
      'Toewijzing van woningen mag alleen op inkomen',
      'Corporaties moeten woningen toewijzen op basis van inkomen. De gemeente wil ook op motivatie en op bijdrage aan de wijk kunnen toewijzen.',
    ),
    far: text(
      'Huurders selecteren op wat ze voor de buurt betekenen is niet toegestaan',
      'Verhuurders kijken verplicht enkel naar het salaris bij het verdelen van vrijgekomen huizen; wie zich wil inzetten voor de straat krijgt geen voorrang.',
    ),
  },
  {
    original: 'Armoedeval: toeslagen vervallen bij meer werken',
    area: 'breda-noord',
    loggedBy: 'leeuwarden-oost',
    close: text(
      'Toeslagen vervallen als alleenstaande moeders meer gaan werken',
      'Zodra alleenstaande moeders meer uren werken, raken ze hun toeslagen kwijt. Financieel op eigen benen staan lukt daardoor nooit.',
    ),
    far: text(
      'Extra uren achter de kassa kosten een bijstandsmoeder haar huurtoeslag',
      'Wie als eenoudergezin een grotere baan neemt, verliest de huur- en zorgtoeslag en gaat er netto niet op vooruit; zelfstandig rondkomen blijft onbereikbaar.',
    ),
  },
  {
    original: 'Privacyregels blokkeren het delen van persoonsgegevens',
    area: 'lelystad-oost',
    loggedBy: 'delft-west',
    close: text(
      'Privacyregels verhinderen het delen van persoonsgegevens tussen school en GGD',
      'Door de nieuwe privacyregels mag een school zonder toestemming van de ouders de GGD niet vragen naar problemen in de ontwikkeling van een leerling. Professionals voelen zich gewantrouwd.',
    ),
    far: text(
      'Leerkracht mag de jeugdarts niet bellen over een kind dat achterblijft',
      'Zonder handtekening van vader of moeder mag de juf geen informatie over een achterstand in de groei van een pupil doorgeven aan de jeugdgezondheidszorg; iedereen is bang voor de AVG.',
    ),
  },
  {
    original: 'Kinderopvangregels blokkeren taalles voor ouders',
    area: 'schiedam-nieuwland-en-oost',
    loggedBy: 'groningen-noord',
    close: text(
      'Regels voor kinderopvang houden ouders weg van taalles',
      'Er is te weinig kinderopvang, waardoor ouders met peuters geen taalles kunnen volgen. Op elkaars kinderen passen is niet toegestaan door de wettelijke eisen aan opvang.',
    ),
    far: text(
      'Moeders kunnen niet naar de cursus Nederlands omdat er geen oppas is',
      'Er zijn te weinig plekken in de crèche en een buurvrouw die de kleintjes opvangt tijdens de les overtreedt de wet; zo blijft inburgering voor jonge gezinnen onhaalbaar.',
    ),
  },
  {
    original: 'Sociale stijgers kunnen niet in de wijk blijven',
    area: 'tilburg-noordwest',
    loggedBy: 'vlaardingen-west',
    close: text(
      'Sociale stijgers moeten de wijk verlaten',
      'Jonge mensen met een goede baan willen in de wijk blijven wonen, maar er is bijna alleen sociale huur en daarvoor komen zij niet in aanmerking.',
    ),
    far: text(
      'Wie promotie maakt, moet verhuizen omdat er geen middenhuur is',
      'Twintigers die meer gaan verdienen, verdienen te veel voor een corporatiewoning en vinden in de buurt niets in het middensegment; zo trekken juist de succesvolle bewoners weg.',
    ),
  },
  {
    original: 'Budget persoonsgerichte aanpak jongeren te klein',
    area: 'utrecht-overvecht',
    loggedBy: 'arnhem-oost',
    close: text(
      'Te weinig budget voor de persoonsgerichte aanpak van jongeren',
      'Met het huidige budget helpt de persoonsgerichte aanpak maximaal 100 risicojongeren, terwijl er ongeveer 400 zijn die hulp nodig hebben.',
    ),
    far: text(
      'Individuele trajecten voor tieners op het criminele pad zijn onderbekostigd',
      'Slechts een kwart van de jonge jongens die dreigen af te glijden krijgt een eigen casusregisseur; voor de rest ontbreekt de financiering.',
    ),
  },
  {
    original: 'Van ministerie naar ministerie verwezen',
    area: 'utrecht-overvecht',
    loggedBy: 'roosendaal-ring',
    close: text(
      'Steeds doorverwezen naar een ander ministerie',
      'Het aanvragen van rijksmiddelen is moeilijk, want de gemeente wordt van het ene ministerie naar het andere gestuurd.',
    ),
    far: text(
      'Van het kastje naar de muur in Den Haag bij een subsidieaanvraag',
      'Elk departement zegt dat een ander over het geld gaat; de gemeente weet niet bij welk loket van de rijksoverheid ze moet zijn.',
    ),
  },
  {
    original: 'Versnipperde geldstromen en hoge verantwoordingslast',
    area: 'amsterdam-nieuw-west',
    loggedBy: 'dordrecht-west',
    close: text(
      'Veel losse geldstromen met elk hun eigen verantwoording',
      'Iedere rijksgeldstroom heeft een eigen verantwoording, terwijl integrale doelen integrale investeringen vragen. Geprobeerd wordt SZW-middelen voor armoede en schulden met OCW-middelen te bundelen.',
    ),
    far: text(
      'Tientallen potjes van het Rijk, elk met een eigen rapportage',
      'Ieder departement financiert apart en wil apart papierwerk terug; geld voor schuldhulp en onderwijs mag niet in één pot, terwijl de wijk om een samenhangende aanpak vraagt.',
    ),
  },
  {
    original: 'Geen overzicht van rijksplannen en -middelen',
    area: 'amsterdam-nieuw-west',
    loggedBy: 'nieuwegein-centrale-as',
    close: text(
      'Geen overzicht van de plannen en middelen van het Rijk',
      'Het is voor gemeenten lastig om te overzien welke landelijke initiatieven en fondsen eraan komen en hoe die in te zetten zijn.',
    ),
    far: text(
      'Welke subsidieregelingen uit Den Haag eraan komen, weet niemand hier',
      "De stad mist een totaalbeeld van nationale programma's en potten geld; daardoor blijft onduidelijk waar we aanspraak op kunnen maken.",
    ),
  },
  {
    original: 'Korte projecten met te weinig partners',
    area: 'heerlen-noord',
    loggedBy: 'schiedam-nieuwland-en-oost',
    close: text(
      'Te korte projecten met te weinig partijen',
      'Jarenlang werden problemen aangepakt met projecten van maximaal vier jaar en te weinig samenwerkende partijen. Zulke problemen los je niet in vier jaar op.',
    ),
    far: text(
      'Tijdelijke subsidies lossen generatieproblemen niet op',
      'Telkens kwam er een pilot die na een paar jaar stopte, met maar een handvol organisaties aan boord, terwijl deze wijk een aanpak over decennia nodig heeft.',
    ),
  },
  {
    original: 'Geld stopt zodra het project een buurt verlaat',
    area: 'nieuwegein-centrale-as',
    loggedBy: 'breda-noord',
    close: text(
      'Financiering stopt als de aanpak naar een volgende buurt gaat',
      'De buurtaanpak blijft een paar jaar in een buurt. Gaat de aanpak verder, dan sluit de geldkraan, verdwijnt de buurtkamer en valt de sociale samenhang weg.',
    ),
    far: text(
      'Na vertrek van het wijkprogramma sluit het buurthuis',
      'Zodra de projectfinanciering afloopt omdat het team naar een andere wijk gaat, sluit de ontmoetingsplek en vallen bewoners terug in isolement.',
    ),
  },
  {
    original: 'Wettelijke belemmeringen voor woningen voor lage middeninkomens',
    area: 'tilburg-noordwest',
    loggedBy: 'den-haag-zuidwest',
    close: text(
      'Regelgeving belemmert woningen voor lage middeninkomens',
      'Door wet- en regelgeving is het lastig de woningvoorraad te differentiëren en meer woningen voor lage middeninkomens aan te bieden; de markt levert die niet.',
    ),
    far: text(
      'Regels blokkeren betaalbare huizen voor leraren en verpleegkundigen',
      'Een corporatie mag nauwelijks bouwen voor mensen die net boven de inkomensgrens zitten, waardoor de wijk eenzijdig blijft en de middengroepen wegtrekken.',
    ),
  },
  {
    original: 'Beperkte ruimte voor tijdelijke huurcontracten',
    area: 'rotterdam-zuid',
    loggedBy: 'utrecht-overvecht',
    close: text(
      'Weinig ruimte voor tijdelijke huurcontracten',
      'Verhuurders mogen wettelijk maar beperkt tijdelijke huurcontracten gebruiken. Geen geld, maar aangepaste regels zouden de partners helpen.',
    ),
    far: text(
      'Corporatie kan jongeren alleen een vast contract geven',
      'Huren voor bepaalde tijd is volgens het huurrecht nauwelijks mogelijk, terwijl starters en studenten juist tijdelijk een kamer zoeken in de wijk.',
    ),
  },
  {
    original: 'Financiering van interventieteam ondermijning',
    area: 'zaandam-oost',
    loggedBy: 'roosendaal-ring',
    close: text(
      'Geld nodig voor een interventieteam tegen ondermijning',
      'Er was financiering nodig voor een speciaal interventieteam dat ondermijnende criminaliteit aanpakt.',
    ),
    far: text(
      'Wie betaalt de slagkracht tegen de georganiseerde misdaad in de wijk?',
      'Een gecombineerde ploeg van politie, gemeente en Belastingdienst moet witwassen en drugshandel achter gevels aanpakken, maar de kosten ervan zijn niet gedekt.',
    ),
  },
  {
    original: 'Opslag en productie van drugs in woningen',
    area: 'zaandam-oost',
    loggedBy: 'eindhoven-woensel-zuid',
    close: text('Drugs worden opgeslagen en geproduceerd in woningen', 'Criminelen gebruiken woningen om drugs op te slaan en te maken.'),
    far: text(
      'Huurhuizen dienen als wietkwekerij en drugsopslag',
      'In flats achter de voordeur draaien hennepplantages en liggen partijen cocaïne opgeslagen, met brandgevaar voor de buren.',
    ),
  },
  {
    original: 'Koude woningen belemmeren huiswerk maken',
    area: 'dordrecht-west',
    loggedBy: 'leeuwarden-oost',
    close: text(
      'Kinderen maken huiswerk in koude woningen',
      'Door het lage energielabel van veel woningen maken kinderen hun huiswerk thuis onder slechte omstandigheden.',
    ),
    far: text(
      'Tochtige huizen zonder isolatie laten leerlingen verkleumd studeren',
      'In slecht geïsoleerde flats met hoge stookkosten zitten scholieren met jas aan aan de keukentafel hun schoolwerk te doen.',
    ),
  },
  {
    original: 'Drillrap en steekgeweld',
    area: 'delft-west',
    loggedBy: 'amsterdam-zuidoost',
    close: text('Steekgeweld en drillrap in de wijk', 'In de wijk waren drillrappers actief die hun muziek combineerden met steekgeweld.'),
    far: text(
      'Jongeren dreigen in muziekclips en grijpen naar messen',
      'Tieners zetten online teksten vol bedreigingen tegen rivaliserende groepen en gebruiken daarna echt een mes op straat.',
    ),
  },
  {
    original: 'Versnipperde keten tegen laaggeletterdheid',
    area: 'heerlen-noord',
    loggedBy: 'lelystad-oost',
    close: text(
      'Keten tegen laaggeletterdheid is versnipperd',
      'Om laaggeletterdheid te voorkomen moeten peuters naar de peuteropvang. Dat hangt af van consultatiebureau, GGD en huisarts die ouders adviseren, maar die schakels werkten niet samen.',
    ),
    far: text(
      'Jeugdarts, huisdokter en voorschool werken los van elkaar',
      'Of een kleuter op tijd taalstimulering krijgt, hangt af van losse doorverwijzingen; de jeugdgezondheidszorg en de kinderopvang weten niet wat de ander heeft geadviseerd.',
    ),
  },
  {
    original: 'Kinderen gaan zonder ontbijt naar school',
    area: 'heerlen-noord',
    loggedBy: 'tilburg-noordwest',
    close: text(
      'Veel kinderen ontbijten niet voor school',
      'Bij een schoolontbijt bleek maar de helft van de kinderen dagelijks te ontbijten; een kind kreeg alleen water.',
    ),
    far: text(
      'Leerlingen zitten met een lege maag in de klas',
      "Juffen merken dat veel scholieren 's ochtends niets hebben gegeten en zich daardoor niet kunnen concentreren.",
    ),
  },
  {
    original: 'Voltijdopleiding volgen met behoud van uitkering',
    area: 'groningen-noord',
    loggedBy: 'zaandam-oost',
    close: text(
      'Mag je een voltijdopleiding volgen met een uitkering?',
      'Een bewoonster in de bijstand wilde een opleiding in de ouderenzorg volgen, maar het was onduidelijk of dat met behoud van uitkering mocht.',
    ),
    far: text(
      'Bijstandsgerechtigde mag niet fulltime studeren voor een zorgdiploma',
      'Een vrouw wil omscholen tot verzorgende, maar de sociale dienst dreigt haar inkomen stop te zetten zodra ze dagelijks naar het mbo gaat.',
    ),
  },
  {
    original: 'Eigen risico van de zorgverzekering onbetaalbaar',
    area: 'breda-noord',
    loggedBy: 'delft-west',
    close: text(
      'Eigen risico zorgverzekering niet te betalen',
      'Mensen in de bijstand kunnen het eigen risico niet betalen en laten gezondheidsproblemen onbehandeld, met verlies van zelfvertrouwen en sociale contacten als gevolg.',
    ),
    far: text(
      'Minima mijden de dokter vanwege de kosten',
      'Huishoudens met een laag inkomen stellen een bezoek aan het ziekenhuis uit omdat de eerste 385 euro zorgkosten zelf betaald moeten worden; klachten verergeren en mensen raken in een sociaal isolement.',
    ),
  },
  {
    original: 'Weinig aanvragen voor de energietoeslag',
    area: 'vlaardingen-west',
    loggedBy: 'dordrecht-west',
    close: text('Energietoeslag wordt weinig aangevraagd', 'Veel bewoners die recht hebben op de energietoeslag, vragen die niet aan.'),
    far: text(
      'Huishoudens laten de tegemoetkoming voor hoge stookkosten liggen',
      'Een groot deel van de gezinnen die in aanmerking komen voor de compensatie van de gasrekening, dient geen verzoek in.',
    ),
  },
  {
    original: 'Schulden en eenzaamheid achter de voordeur',
    area: 'tilburg-noordwest',
    loggedBy: 'groningen-noord',
    close: text(
      'Schulden en eenzaamheid achter de voordeur ontdekt',
      'Tijdens huisbezoeken voor verduurzaming ziet de woningcorporatie schulden en eenzaamheid die zij niet in haar eentje kan oplossen.',
    ),
    far: text(
      'Isolatieproject brengt geldzorgen en sociaal isolement aan het licht',
      'Bij het plaatsen van zonnepanelen treffen de verhuurder en installateurs bewoners met betalingsachterstanden en zonder contacten; de verhuurder kan daar weinig mee.',
    ),
  },
  {
    original: 'Afstand en wantrouwen tegenover instanties',
    area: 'amsterdam-zuidoost',
    loggedBy: 'roosendaal-ring',
    close: text(
      'Wantrouwen en afstand tot instanties',
      'Bewoners voelen een grote afstand tot instanties, voelen zich niet gehoord en ervaren institutioneel racisme. De kloof tussen systeemwereld en leefwereld is groot.',
    ),
    far: text(
      'Buurtgenoten hebben geen vertrouwen meer in de overheid',
      'Mensen ervaren discriminatie door loketten en hulpverleners, hebben het idee dat er nooit naar hen geluisterd wordt en houden de deur dicht voor ambtenaren.',
    ),
  },
  {
    original: 'Verkokerde gemeentelijke organisatie',
    area: 'roosendaal-ring',
    loggedBy: 'utrecht-overvecht',
    close: text('Gemeentelijke organisatie sterk verkokerd', 'Binnen de gemeentelijke organisatie werkten afdelingen en domeinen los van elkaar.'),
    far: text(
      "Ambtelijke silo's maken samenhangend werken onmogelijk",
      'Sociaal domein, ruimte en veiligheid op het stadhuis hebben ieder hun eigen agenda en weten niet wat de ander doet.',
    ),
  },
  {
    original: 'Paarse krokodillen en tegenstrijdig gemeentebeleid',
    area: 'utrecht-overvecht',
    loggedBy: 'eindhoven-woensel-zuid',
    close: text(
      'Tegenstrijdig gemeentebeleid en paarse krokodillen',
      'Afdelingen van de gemeente weten niet van elkaars inspanningen en voeren tegenstrijdig beleid, zodat bewoners en professionals vastlopen.',
    ),
    far: text(
      'Absurde bureaucratie doordat het stadhuis zichzelf tegenspreekt',
      'De ene dienst eist wat de andere verbiedt; inwoners en hulpverleners belanden in een doolhof van formulieren.',
    ),
  },
  {
    original: 'Nieuwe initiatieven lopen vast zodra er geld mee gemoeid is',
    area: 'roosendaal-ring',
    loggedBy: 'nieuwegein-centrale-as',
    close: text(
      'Initiatieven lopen vast zodra het om geld gaat',
      'Over een preventieve, gezamenlijke aanpak is iedereen het eens, maar als er geld nodig is lopen nieuwe initiatieven vast in bestaande processen.',
    ),
    far: text(
      'Plannen stranden in de ambtelijke molen als er betaald moet worden',
      'Partners omarmen voorkomen boven genezen, maar elk voorstel met een prijskaartje verdwijnt in procedures en begrotingsregels.',
    ),
  },
  {
    original: 'Structuurvisie heeft te weinig oog voor voorzieningen',
    area: 'den-haag-zuidwest',
    loggedBy: 'lelystad-oost',
    close: text(
      'Te weinig aandacht voor voorzieningen in de structuurvisie',
      'Het plan voor herstructurering kijkt te weinig naar voorzieningen; er rijdt één tramlijn terwijl er 25.000 inwoners bijkomen.',
    ),
    far: text(
      'Vernieuwingsplan vergeet openbaar vervoer en winkels voor nieuwe bewoners',
      'De wijk groeit met duizenden woningen via sloop en nieuwbouw, maar bus, tram, scholen en zorgposten groeien niet mee.',
    ),
  },
  {
    original: 'Bewoners met ernstige psychische problemen',
    area: 'groningen-noord',
    loggedBy: 'vlaardingen-west',
    close: text(
      'Bezoekers met zware psychische problemen',
      'Een deel van de bezoekers heeft ernstige problemen en is behandelmoe. Vrijwilligers weten niet goed hoe ze moeten omgaan met hun gedrag.',
    ),
    far: text(
      'Verwarde buurtbewoners overvragen de gastvrouwen in het buurthuis',
      'Mensen met ggz-problematiek die afhaken bij therapie komen dagelijks langs; de onbetaalde krachten achter de bar zijn niet opgeleid voor hun onvoorspelbare reacties.',
    ),
  },
  {
    original: 'Jongeren gelokt door criminaliteit bij gebrek aan alternatieven',
    area: 'arnhem-oost',
    loggedBy: 'den-haag-zuidwest',
    close: text(
      'Criminaliteit lokt jongeren die geen alternatief zien',
      'In wijken als Malburgen en Presikhaaf trekt een criminele carrière jongeren, omdat er weinig alternatieven lijken te zijn.',
    ),
    far: text(
      'Tieners worden geronseld als drugskoerier omdat ander perspectief ontbreekt',
      'Snel geld in de onderwereld is aantrekkelijker dan school of een bijbaan, zeker als niemand in de straat laat zien dat het anders kan.',
    ),
  },
  {
    original: 'Uitval en afstromen na de basisschool',
    area: 'leeuwarden-oost',
    loggedBy: 'amsterdam-nieuw-west',
    close: text(
      'Leerlingen vallen uit of stromen af na de basisschool',
      'Op grote middelbare scholen verder weg voelen leerlingen zich verloren; ze vallen uit of stromen af naar een lager niveau.',
    ),
    far: text(
      'Brugklassers raken de weg kwijt en verlaten school zonder diploma',
      'De overstap naar een grote scholengemeenschap buiten de wijk pakt slecht uit: kinderen haken af, zakken een niveau of worden thuiszitter.',
    ),
  },
];

// The booklet's themes that run through several areas: seeded knelpunten (by title) and new items of
// other areas, which must find each other across the alliances.
export type CrossAreaTheme = {
  readonly theme: string;
  readonly seeded: readonly string[];
  readonly logged: readonly (ParaphraseText & { readonly area: string })[];
};

export const CROSS_AREA_THEMES: readonly CrossAreaTheme[] = [
  {
    theme: 'gegevens delen tussen school, zorg en politie',
    seeded: ['Wetgeving verbiedt gegevensuitwisseling', 'Privacyregels blokkeren het delen van persoonsgegevens'],
    logged: [
      {
        area: 'zaandam-oost',
        title: 'Wijkagent hoort niets van school en jeugdhulp over een jongere in de problemen',
        description: 'Zorgen over een leerling blijven bij de mentor en het wijkteam liggen, omdat de AVG het uitwisselen van signalen met de politie in de weg staat.',
      },
      {
        area: 'arnhem-oost',
        title: 'Zorg, onderwijs en politie werken met gescheiden dossiers',
        description: 'Een gezamenlijk beeld van een gezin ontbreekt: de huisarts, de school en het basisteam mogen persoonsgegevens niet zonder toestemming delen.',
      },
    ],
  },
  {
    theme: 'financiering van sloop en nieuwbouw',
    seeded: ['Niemand betaalt de onrendabele top van sloop/nieuwbouw particuliere woningen'],
    logged: [
      {
        area: 'heerlen-noord',
        title: 'Sloop van verouderde portiekflats kan niet worden betaald',
        description: 'De corporatie kan de vervangende nieuwbouw niet rond rekenen: de onrendabele top is te groot en het Volkshuisvestingsfonds dekt maar een deel.',
      },
      {
        area: 'den-haag-zuidwest',
        title: 'Geen dekking voor herstructurering van particuliere huizenblokken',
        description: 'Bij het slopen en opnieuw bouwen van de particuliere voorraad blijft een financieel gat dat gemeente noch Rijk wil dragen.',
      },
    ],
  },
  {
    theme: 'regels voor woningtoewijzing',
    seeded: ['Woningtoewijzing alleen op inkomen', 'Sociale stijgers kunnen niet in de wijk blijven'],
    logged: [
      {
        area: 'vlaardingen-west',
        title: 'Gemeente wil woningen met voorrang geven aan leraren en politieagenten',
        description: 'De Huisvestingswet laat nauwelijks toe dat we woningen toewijzen op beroep of binding met de wijk.',
      },
      {
        area: 'dordrecht-west',
        title: 'Selectieve woningtoewijzing voor de wijk is niet mogelijk',
        description: 'Corporaties mogen bij het verdelen van sociale huurwoningen niet selecteren op wat iemand voor de buurt betekent.',
      },
    ],
  },
];
