import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { waitForMatch } from './support/similarity';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(480000);

const COORDINATOR = account('coordinator');
const DIRECTOR = account('programmadirecteur', 'groningen-noord');
const RUN = Date.now().toString(36);
const DOSSIER = `Gegevensdeling zorg en school (${RUN})`;
const NOTE = 'Besloten: het ministerie van JenV schrijft een handreiking voor de AVG.';
const ITEMS = [
  { area: 'groningen-noord', title: `School mag zorgen over een leerling niet delen (${RUN})` },
  { area: 'delft-west', title: `Wijkteam hoort niets van de politie (${RUN})` },
];

// The same cause reported in five areas in their own words: the new item and four matches to bundle it with.
// Each run's items share the run's mark, a made-up word of letters in title and description, so in a database
// kept between runs they match each other above the items of earlier runs.
const MARK = RUN.replace(/[0-9]/g, (digit) => 'abcdefghij'[Number(digit)]);
const BUNDLE_DESCRIPTION = `Wie met schulden naar een andere gemeente verhuist, moet daar opnieuw een schuldhulptraject aanvragen ${MARK}.`;
const BUNDLE_ITEM = { area: 'groningen-noord', title: `Schuldhulp stopt bij verhuizing naar een andere gemeente ${MARK}` };
const BUNDLE_MATCHES = [
  { area: 'delft-west', title: `Schuldhulpverlening houdt op na een verhuizing ${MARK}` },
  { area: 'rotterdam-zuid', title: `Na verhuizen begint de schuldhulp opnieuw ${MARK}` },
  { area: 'utrecht-overvecht', title: `Verhuizing betekent opnieuw beginnen met schuldhulp ${MARK}` },
  { area: 'tilburg-noordwest', title: `Schuldhulp gaat niet mee naar de nieuwe gemeente ${MARK}` },
];
const BUNDLE_DOSSIER = `Schuldhulp over gemeentegrenzen (${RUN})`;
const PROPOSER = account('rijksvertegenwoordiger', 'groningen-noord');
const PAGER_AREA = 'utrecht-overvecht';
const PROPOSAL = `Leerlingenvervoer stopt bij de gemeentegrens (${RUN})`;
// The dossier's owner at the ministry: a rijksvertegenwoordiger of an area it does not carry, who reads it as its owner.
const MINISTRY_OWNER = account('rijksvertegenwoordiger', 'zaandam-oost');
const OWNED_DOSSIER = `Bijstand en studiefinanciering (${RUN})`;
const MINISTRY_ANSWER = 'Een experimenteerbepaling in de Participatiewet is mogelijk vanaf 1 juli.';

const reportItem = async (allianceId: string, item: { area: string; title: string }, description?: string): Promise<string> =>
  (
    await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId, title: item.title, description, category: 'FINANCIERING', actielijn: 'MEEDOEN' } },
      account('programmadirecteur', item.area),
    )
  ).createVastloper.id;

// Reported by each area's programme director, bundled by the national coordinator, who writes a decision:
// that decision is what the areas' directors are told about.
const dossierWithDecision = async (): Promise<{ id: string; itemIds: string[] }> => {
  const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, COORDINATOR);
  const itemIds: string[] = [];
  for (const item of ITEMS) {
    const allianceId = alliances.find((alliance) => alliance.slug === item.area)?.id;
    const { createVastloper } = await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId, title: item.title, category: 'GEGEVENSDELING', actielijn: 'MEEDOEN' } },
      account('programmadirecteur', item.area),
    );
    itemIds.push(createVastloper.id);
  }
  const { createDossier } = await apiCall<{ createDossier: { id: string } }>(
    'mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
    { input: { title: DOSSIER, cause: 'De AVG laat geen gegevensdeling tussen school, zorg en politie toe.', owningMinistry: 'JenV', vastloperIds: itemIds } },
    COORDINATOR,
  );
  await apiCall('mutation ($id: ID!, $text: String!) { addDossierNote(dossierId: $id, kind: DECISION, text: $text) { id } }', { id: createDossier.id, text: NOTE }, COORDINATOR);
  return { id: createDossier.id, itemIds };
};

const rowOf = (page: Page, title: string): Locator => page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The focused element's role and text, as a screen reader would start reading.
const focusedText = (page: Page): Promise<string> =>
  page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName}: ${document.activeElement?.textContent?.trim()}`);
// The row's header cell (the title) and its data cells, as read.
const cellTexts = async (row: Locator): Promise<string[]> => (await row.locator('th, td').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());

describe('a national dossier: its page, reached from the notification about it', () => {
  let browser: Browser;
  let dossierId: string;
  let itemIds: string[];

  let allianceIds: Map<string, string>;
  let bundleItemId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, COORDINATOR);
    allianceIds = new Map(alliances.map((alliance) => [alliance.slug, alliance.id]));
    // Reported first, so the worker indexes them while the other tests run.
    for (const match of BUNDLE_MATCHES) await reportItem(allianceIds.get(match.area) ?? '', match, BUNDLE_DESCRIPTION);
    bundleItemId = await reportItem(allianceIds.get(BUNDLE_ITEM.area) ?? '', BUNDLE_ITEM, BUNDLE_DESCRIPTION);
    ({ id: dossierId, itemIds } = await dossierWithDecision());
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('the programme director of an area it carries', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await newPage(browser));
      await signIn(page, DIRECTOR);
    });

    afterAll(async () => {
      await context?.close();
    });

    it('finds the decision among their notifications and follows its link to the dossier page', async () => {
      await page.getByRole('link', { name: /^Meldingen/ }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
      const link = page.getByRole('link', { name: `Landelijk dossier "${DOSSIER}", besluit: ${NOTE}` });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`${webUrl()}/dossiers/${dossierId}`);
      await page.getByRole('heading', { level: 1, name: DOSSIER }).waitFor();
      expect(await page.title()).toBe(`${DOSSIER} · Doorbraak`);
    });

    it('shows the dossier: status, owner, the vastlopers of both areas as links, and the decision with its Dutch date', async () => {
      expect(await page.getByText('Landelijk dossier · Open').count()).toBe(1);
      const facts = page.getByRole('region', { name: 'Gegevens' });
      expect(await facts.textContent()).toContain('Justitie en Veiligheid (JenV)');
      expect(await facts.textContent()).toContain('Geopend door');
      // Only what they may read: their own area's vastloper, not the other area's.
      const items = page.getByRole('region', { name: '1 vastloper in dit dossier' });
      await items.getByRole('link', { name: ITEMS[0].title }).waitFor();
      expect(await items.textContent()).toContain('Groningen Noord');
      expect(await items.getByRole('link', { name: ITEMS[1].title }).count()).toBe(0);
      // That there is one more is told, not which.
      expect(await items.textContent()).toContain('Daarnaast draagt dit dossier 1 vastloper die u niet mag inzien.');
      const notes = page.getByRole('region', { name: 'Verloop' });
      expect(await notes.textContent()).toContain(NOTE);
      // "6 december 2026 om 07:12" style, in the programme's time zone.
      expect(await notes.textContent()).toMatch(/Besluit · \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
      await checkScreen(page, 'dossier-director');

      await items.getByRole('link', { name: ITEMS[0].title }).click();
      await page.getByRole('heading', { level: 1, name: ITEMS[0].title }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/vastlopers/${itemIds[0]}`);
    });

    it("sees the decision flow back onto their own vastloper's page, after its joining the dossier, linked to the dossier", async () => {
      const history = page.getByRole('region', { name: 'Landelijk dossier: verloop' });
      const lines = (await history.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
      const day = '\\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}';
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^${day} — Opgenomen in ${escapeRegExp(DOSSIER)} door .+$`)),
        expect.stringMatching(new RegExp(`^${day} — Besluit in ${escapeRegExp(DOSSIER)} door .+: “${escapeRegExp(NOTE)}”$`)),
      ]);
      await history.getByRole('link', { name: DOSSIER }).first().waitFor();
      await checkScreen(page, 'vastloper-dossier-history');
    });

    it('reads that history in English too, then back in Dutch', async () => {
      await page.getByRole('button', { name: /English/ }).click();
      const history = page.getByRole('region', { name: 'National dossier: history' });
      await history.waitFor();
      const text = await history.innerText();
      expect(text).toContain(NOTE);
      expect(text).not.toMatch(/Opgenomen|Besluit in| door | om \d{2}:\d{2}/);
      await checkScreen(page, 'vastloper-dossier-history-en');
      await page.getByRole('button', { name: /Nederlands/ }).click();
      await page.getByRole('region', { name: 'Landelijk dossier: verloop' }).waitFor();
    });

    it('finds the dossier in the list through the navigation, counting the vastloper they may not read', async () => {
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Dossiers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Landelijke dossiers' }).waitFor();
      const row = rowOf(page, DOSSIER);
      await row.waitFor();
      expect(await cellTexts(row)).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(DOSSIER)} geopend op \\d{1,2} [a-z]+ \\d{4}$`)), 'Open', 'JenV', '2 vastlopers (waarvan 1 niet voor u zichtbaar) 1 alliantie']);
      await checkScreen(page, 'dossiers-director');
    });

    it('tells who opens a dossier that does not exist (or is not theirs) that it is not there', async () => {
      await page.goto(`${webUrl()}/dossiers/${randomUUID()}`);
      await page.getByRole('heading', { level: 1, name: 'Dossier niet gevonden' }).waitFor();
      await checkScreen(page, 'dossier-not-found');
    });

    it('raised no uncaught errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('the national coordinator', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      ({ context, page, errors } = await newPage(browser));
      await signIn(page, COORDINATOR);
      await page.goto(`${webUrl()}/dossiers/${dossierId}`);
      await page.getByRole('heading', { level: 1, name: DOSSIER }).waitFor();
    });

    afterAll(async () => {
      await context?.close();
    });

    it('sees every vastloper in it, of both areas', async () => {
      const items = page.getByRole('region', { name: '2 vastlopers in dit dossier' });
      for (const item of ITEMS) await items.getByRole('link', { name: item.title }).waitFor();
      expect(await items.textContent()).toContain('Delft West');
    });

    it('sees that the dossier has not moved on the national rungs yet', async () => {
      const ladder = page.getByRole('region', { name: 'Landelijke trede' });
      expect(await ladder.getByRole('list', { name: 'Verplaatsingen op de landelijke treden' }).count()).toBe(0);
      await ladder.getByText('Nog niet verplaatst: het dossier staat nog op de trede waarop het is geopend.').waitFor();
    });

    it('adds a note with the keyboard, which shows on the page at once', async () => {
      const form = page.getByRole('region', { name: 'Notitie toevoegen' });
      await form.getByRole('button', { name: 'Notitie toevoegen' }).click();
      await form.getByText('Vul dit veld in.').first().waitFor();
      await form.getByLabel('Notitie').fill('Handreiking ligt ter consultatie bij de VNG.');
      await form.getByLabel('Notitie').press('Tab');
      await page.keyboard.press('Enter');
      await page.getByRole('status').getByText('De notitie is toegevoegd.').waitFor();
      expect(await page.getByRole('region', { name: 'Verloop' }).textContent()).toContain('Voortgang · ');
      await checkScreen(page, 'dossier-coordinator');
    });

    it('closes the dossier only after confirming, with its outcome', async () => {
      const form = page.getByRole('region', { name: 'Dossier sluiten' });
      await form.getByLabel('Uitkomst').selectOption('RESOLVED');
      await form.getByLabel('Toelichting').fill('Handreiking gepubliceerd; de gebieden delen weer.');
      await form.getByRole('button', { name: 'Dossier sluiten' }).click();
      const question = form.getByText(`Weet u zeker dat u “${DOSSIER}” sluit?`, { exact: false });
      await question.waitFor();
      await checkScreen(page, 'dossier-close-confirm');
      // Cancelling changes nothing.
      await form.getByRole('button', { name: 'Annuleren' }).click();
      expect(await page.getByText('Landelijk dossier · Open').count()).toBe(1);

      await form.getByRole('button', { name: 'Dossier sluiten' }).click();
      await form.getByRole('button', { name: 'Ja, dossier sluiten' }).click();
      await page.getByRole('status').getByText(`Dossier “${DOSSIER}” is gesloten.`).waitFor();
      // The form went with the dossier's closing: the keyboard focus is on the outcome, not back at the page's start.
      expect(await focusedText(page)).toBe(`status: Dossier “${DOSSIER}” is gesloten.`);
      await page.getByText('Landelijk dossier · Gesloten').waitFor();
      // Resolved at its rung: the dossier's own moves say so, with the date in Dutch, who, and why.
      const moves = page.getByRole('region', { name: 'Landelijke trede' }).getByRole('list', { name: 'Verplaatsingen op de landelijke treden' });
      const lines = (await moves.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
      expect(lines).toEqual([
        expect.stringMatching(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2} — Opgelost: Interdepartementaal door .+ — “.*Handreiking gepubliceerd; de gebieden delen weer\.”$/),
      ]);
      expect(await page.getByRole('region', { name: 'Gegevens' }).textContent()).toContain('Opgelost — Handreiking gepubliceerd');
      // Closed: nothing more to note or close.
      expect(await page.getByRole('region', { name: 'Notitie toevoegen' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Dossier sluiten' }).count()).toBe(0);
      const { dossier } = await apiCall<{ dossier: { status: string; outcome: string } }>('query ($id: ID!) { dossier(id: $id) { status outcome } }', { id: dossierId }, COORDINATOR);
      expect(dossier).toEqual({ status: 'CLOSED', outcome: 'RESOLVED' });
    });

    it('raised no uncaught errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('the owner at the ministry', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    let ownedId: string;

    beforeAll(async () => {
      const itemId = await reportItem(allianceIds.get('delft-west') ?? '', { area: 'delft-west', title: `Studiefinanciering telt mee als inkomen (${RUN})` });
      const { me } = await apiCall<{ me: { id: string } }>('{ me { id } }', {}, MINISTRY_OWNER);
      ({
        createDossier: { id: ownedId },
      } = await apiCall<{ createDossier: { id: string } }>(
        'mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
        { input: { title: OWNED_DOSSIER, cause: 'De bijstand rekent studiefinanciering tot het inkomen.', owningMinistry: 'SZW', ministryOwnerId: me.id, vastloperIds: [itemId] } },
        COORDINATOR,
      ));
      ({ context, page, errors } = await newPage(browser));
      await signIn(page, MINISTRY_OWNER);
      await page.goto(`${webUrl()}/dossiers/${ownedId}`);
      await page.getByRole('heading', { level: 1, name: OWNED_DOSSIER }).waitFor();
    });

    afterAll(async () => {
      await context?.close();
    });

    // Each fact as read: term, then value.
    const factsOf = async (region: string): Promise<string[]> =>
      (await page.getByRole('region', { name: region }).locator('.db-facts__row').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    const facts = (): Promise<string[]> => factsOf('Antwoord van het ministerie');
    const day = '\\d{1,2} [a-z]+ \\d{4} om \\d{2}:\\d{2}';

    it("shows what the ministry owes, with the buttons to take it in hand and to answer", async () => {
      expect(await facts()).toEqual([
        expect.stringMatching(new RegExp(`^Bij het ministerie sinds ${day} · Interdepartementaal$`)),
        expect.stringMatching(new RegExp(`^In behandeling nemen vóór ${day}$`)),
        'In behandeling genomen op nog niet',
        expect.stringMatching(new RegExp(`^Beantwoorden vóór ${day}$`)),
        'Beantwoord op nog niet',
      ]);
      expect(await factsOf('Landelijke trede')).toContain('Antwoordtermijn ministerie Op tijd');
      const ministry = page.getByRole('region', { name: 'Antwoord van het ministerie' });
      await ministry.getByRole('button', { name: 'In behandeling nemen namens het ministerie' }).waitFor();
      await ministry.getByRole('button', { name: 'Antwoord geven' }).waitFor();
      await checkScreen(page, 'dossier-ministry-owner');
    });

    it('takes it in hand with the keyboard; the date shows and the focus is on the outcome', async () => {
      const ministry = page.getByRole('region', { name: 'Antwoord van het ministerie' });
      const acknowledge = ministry.getByRole('button', { name: 'In behandeling nemen namens het ministerie' });
      await acknowledge.focus();
      await page.keyboard.press('Enter');
      await ministry.getByText('Namens het ministerie in behandeling genomen.').waitFor();
      expect(await focusedText(page)).toBe('status: Namens het ministerie in behandeling genomen.');
      expect(await acknowledge.count()).toBe(0);
      expect((await facts())[2]).toMatch(new RegExp(`^In behandeling genomen op ${day}$`));
      // On the dossier's record too, for everyone it carries.
      expect(await page.getByRole('region', { name: 'Verloop' }).textContent()).toContain('Ministerie: in behandeling genomen.');
      await checkScreen(page, 'dossier-ministry-acknowledged');
    });

    it('answers with the keyboard, after being told an empty answer will not do', async () => {
      const ministry = page.getByRole('region', { name: 'Antwoord van het ministerie' });
      await ministry.getByRole('button', { name: 'Antwoord geven' }).focus();
      await page.keyboard.press('Enter');
      const field = ministry.getByLabel('Antwoord van het ministerie');
      await field.waitFor();
      // From the button, the next stop is the answer field; then the buttons.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focusedText(page)).toBe('BUTTON: Antwoord versturen');
      await page.keyboard.press('Enter');
      await ministry.getByText('Vul het antwoord in.').first().waitFor();
      await checkScreen(page, 'dossier-ministry-answer-empty');
      // The error summary holds the focus (not the field, which react-hook-form would focus a moment later);
      // from it, its link leads to the field.
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('db-error-summary');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.type(MINISTRY_ANSWER);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await ministry.getByText('Het antwoord van het ministerie is vastgelegd.').waitFor();
      expect(await focusedText(page)).toBe('status: Het antwoord van het ministerie is vastgelegd.');
      expect(await facts()).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^Beantwoord op ${day}$`)), `Antwoord ${MINISTRY_ANSWER}`]));
      // Answered: nothing more to do for the ministry.
      expect(await ministry.getByRole('button').count()).toBe(0);
      expect(await factsOf('Landelijke trede')).toContain('Antwoordtermijn ministerie Op tijd');
      await checkScreen(page, 'dossier-ministry-answered');
      const { dossier } = await apiCall<{ dossier: { answerTime: { answer: string; answeredAt: string | null } } }>(
        'query ($id: ID!) { dossier(id: $id) { answerTime { answer answeredAt } } }',
        { id: ownedId },
        COORDINATOR,
      );
      expect(dossier.answerTime).toEqual({ answer: MINISTRY_ANSWER, answeredAt: expect.any(String) });
    });

    it('reads the answer and the national rung in English too', async () => {
      await page.getByRole('button', { name: /English/ }).click();
      const ministry = page.getByRole('region', { name: 'Answer from the ministry' });
      await ministry.waitFor();
      expect(await factsOf('Answer from the ministry')).toEqual(expect.arrayContaining([`Answer ${MINISTRY_ANSWER}`]));
      expect(await ministry.innerText()).not.toMatch(/Beantwoord|behandeling|nog niet| om \d{2}:\d{2}/);
      await checkScreen(page, 'dossier-ministry-en');
    });

    it('raised no uncaught errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });

  describe('Bundelen in the triage', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      const allianceId = allianceIds.get(BUNDLE_ITEM.area) ?? '';
      for (const match of BUNDLE_MATCHES) await waitForMatch(allianceId, bundleItemId, match.title, COORDINATOR);
      ({ context, page, errors } = await newPage(browser));
      await signIn(page, COORDINATOR);
      await page.goto(`${webUrl()}/landelijk/triage?alliantie=${allianceId}&weken=2`);
      await page.getByRole('article', { name: BUNDLE_ITEM.title }).waitFor();
      // The filters show what the URL asks for.
      expect(await page.getByLabel('Alliantie', { exact: true }).inputValue()).toBe(allianceId);
    });

    afterAll(async () => {
      await context?.close();
    });

    it("shows an item's best three matches and the rest behind meer tonen", async () => {
      const card = page.getByRole('article', { name: BUNDLE_ITEM.title });
      const matches = card.getByRole('list').first().locator(':scope > li');
      expect(await matches.count()).toBe(3);
      const toggle = card.getByRole('button', { name: /^Nog \d+ overeenkomsten? tonen/ });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.focus();
      await page.keyboard.press('Enter');
      // The same button, now saying what it does next, keeps the focus.
      const less = card.getByRole('button', { name: /^Minder overeenkomsten tonen/ });
      expect(await less.getAttribute('aria-expanded')).toBe('true');
      expect(await less.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await matches.count()).toBeGreaterThan(3);
      for (const match of BUNDLE_MATCHES) await card.getByRole('link', { name: match.title }).waitFor();
      await checkScreen(page, 'triage-show-more');
      await less.click();
      expect(await matches.count()).toBe(3);
    });

    it('opens a dossier from the item and the matches chosen, and lands on it', async () => {
      const card = page.getByRole('article', { name: BUNDLE_ITEM.title });
      await card.getByRole('button', { name: 'Bundelen…' }).click();
      const choice = card.getByRole('group', { name: 'Welke knelpunten bundelt u mee?' });
      await choice.waitFor();
      // Nothing chosen: a clear error, no dossier.
      await card.getByRole('button', { name: 'Dossier openen' }).click();
      await card.getByText('Kies ten minste één knelpunt om mee te bundelen.').first().waitFor();
      for (const match of BUNDLE_MATCHES.slice(0, 2)) await choice.getByRole('checkbox', { name: match.title, exact: false }).check();
      await card.getByLabel('Titel van het dossier').fill(BUNDLE_DOSSIER);
      await card.getByLabel('Oorzaak').fill('Een schuldhulptraject is gebonden aan de gemeente waar het begon.');
      await card.getByLabel('Verantwoordelijk ministerie').selectOption('SZW');
      await checkScreen(page, 'triage-bundle-form');
      await card.getByRole('button', { name: 'Dossier openen' }).click();

      await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: BUNDLE_DOSSIER }).waitFor();
      await page.getByRole('status').getByText(`Dossier “${BUNDLE_DOSSIER}” is geopend met 3 knelpunten.`).waitFor();
      const items = page.getByRole('region', { name: '3 vastlopers in dit dossier' });
      for (const item of [BUNDLE_ITEM, ...BUNDLE_MATCHES.slice(0, 2)]) await items.getByRole('link', { name: item.title }).waitFor();
      expect(await items.getByRole('link', { name: BUNDLE_MATCHES[2].title }).count()).toBe(0);
      await checkScreen(page, 'dossier-bundled');
    });

    it('names and links the dossier on the vastloper page', async () => {
      const dossierUrl = page.url();
      await page.getByRole('region', { name: '3 vastlopers in dit dossier' }).getByRole('link', { name: BUNDLE_ITEM.title }).click();
      await page.getByRole('heading', { level: 1, name: BUNDLE_ITEM.title }).waitFor();
      const link = page.getByRole('region', { name: 'Gegevens' }).getByRole('link', { name: BUNDLE_DOSSIER });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: BUNDLE_DOSSIER }).waitFor();
      expect(page.url()).toBe(dossierUrl);
    });

    it('no longer offers Bundelen for the item, which now names its dossier in the triage', async () => {
      await page.goto(`${webUrl()}/landelijk/triage?alliantie=${allianceIds.get(BUNDLE_ITEM.area) ?? ''}&weken=2`);
      const card = page.getByRole('article', { name: BUNDLE_ITEM.title });
      await card.getByRole('link', { name: BUNDLE_DOSSIER }).waitFor();
      expect(await card.getByRole('button', { name: 'Bundelen…' }).count()).toBe(0);
    });

    it('raised no uncaught errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });
  describe('the list of dossiers, and a proposal the national coordinator accepts', () => {
    let context: BrowserContext;
    let page: Page;
    let errors: string[];
    let proposalId: string;

    beforeAll(async () => {
      // More proposals than one page holds (20), from another area, so the list has a next page.
      for (let n = 1; n <= 20; n += 1) {
        const extraId = await reportItem(allianceIds.get(PAGER_AREA) ?? '', { area: PAGER_AREA, title: `Wachtlijst jeugdzorg ${n} (${RUN})` });
        await apiCall(
          'mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
          { input: { title: `Wachtlijsten jeugdzorg ${n} (${RUN})`, cause: 'Budget per gemeente.', owningMinistry: 'VWS', vastloperIds: [extraId] } },
          account('rijksvertegenwoordiger', PAGER_AREA),
        );
      }
      // Proposed by the area's rijksvertegenwoordiger, after every other dossier of this run: the newest.
      const itemId = await reportItem(allianceIds.get('groningen-noord') ?? '', { area: 'groningen-noord', title: `Leerling mag niet mee in het busje van de buurgemeente (${RUN})` });
      ({
        createDossier: { id: proposalId },
      } = await apiCall<{ createDossier: { id: string } }>(
        'mutation ($input: CreateDossierInput!) { createDossier(input: $input) { id } }',
        { input: { title: PROPOSAL, cause: 'Vervoer is geregeld per gemeente, niet per leerling.', owningMinistry: 'OCW', vastloperIds: [itemId] } },
        PROPOSER,
      ));
      ({ context, page, errors } = await newPage(browser));
      await signIn(page, COORDINATOR);
    });

    afterAll(async () => {
      await context?.close();
    });

    it('shows the newest first, each row with its status, ministry and counts, linking to its page', async () => {
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Dossiers' }).click();
      await page.getByRole('heading', { level: 1, name: 'Landelijke dossiers' }).waitFor();
      expect(await page.title()).toBe('Landelijke dossiers · Doorbraak');
      const table = page.getByRole('table', { name: 'Landelijke dossiers, de nieuwste bovenaan' });
      await table.waitFor();
      const first = table.getByRole('row').nth(1);
      expect(await cellTexts(first)).toEqual([expect.stringMatching(new RegExp(`^${escapeRegExp(PROPOSAL)} geopend op \\d{1,2} [a-z]+ \\d{4}$`)), 'Voorgesteld', 'OCW', '1 vastloper 1 alliantie']);
      await checkScreen(page, 'dossiers-list');
    });

    it('filters by status, kept in the URL', async () => {
      const filters = page.getByRole('search', { name: 'Filters' });
      await filters.getByLabel('Status').selectOption({ label: 'Voorgesteld' });
      await filters.getByRole('button', { name: 'Filter toepassen' }).click();
      await page.waitForURL(/status=PROPOSED/);
      await rowOf(page, PROPOSAL).waitFor();
      expect(await rowOf(page, DOSSIER).count()).toBe(0);
      // Once the filtered page has loaded, every row's status (the second cell) is the one chosen.
      await page.waitForFunction(() => {
        const statuses = [...document.querySelectorAll('table tbody tr > :nth-child(2)')].map((cell) => cell.textContent?.trim());
        return statuses.length > 0 && statuses.every((status) => status === 'Voorgesteld');
      });

      await filters.getByLabel('Status').selectOption({ label: 'Gesloten' });
      await filters.getByRole('button', { name: 'Filter toepassen' }).click();
      await page.waitForURL(/status=CLOSED/);
      // The dossier of this run that the coordinator closed, with both areas' vastlopers.
      await rowOf(page, DOSSIER).waitFor();
      expect((await cellTexts(rowOf(page, DOSSIER))).slice(1)).toEqual(['Gesloten', 'JenV', '2 vastlopers 2 allianties']);
      expect(await rowOf(page, PROPOSAL).count()).toBe(0);
      // After a reload the filter still shows the status of the URL.
      await page.reload();
      await rowOf(page, DOSSIER).waitFor();
      expect(await page.getByLabel('Status').inputValue()).toBe('CLOSED');
    });

    it('pages through the proposals with the cursor, keeping the filter', async () => {
      await page.goto(`${webUrl()}/dossiers?status=PROPOSED`);
      await rowOf(page, PROPOSAL).waitFor();
      const first = await page.getByRole('table').getByRole('link').allTextContents();
      expect(first).toHaveLength(20);
      expect(Number((await page.locator('.db-summary').textContent())?.match(/^\d+/)?.[0])).toBeGreaterThanOrEqual(21);
      const pager = page.getByRole('navigation', { name: 'Pagina’s' });
      expect(await pager.getByRole('link', { name: 'Eerste pagina' }).count()).toBe(0);
      await pager.getByRole('link', { name: 'Volgende pagina' }).click();
      await page.waitForURL(/na=/);
      expect(new URL(page.url()).searchParams.get('status')).toBe('PROPOSED');
      await pager.getByRole('link', { name: 'Eerste pagina' }).waitFor();
      const second = await page.getByRole('table').getByRole('link').allTextContents();
      expect(second.length).toBeGreaterThan(0);
      expect(second.filter((title) => first.includes(title))).toEqual([]);
      await checkScreen(page, 'dossiers-page-2');
      await pager.getByRole('link', { name: 'Eerste pagina' }).click();
      await rowOf(page, PROPOSAL).waitFor();
    });

    it('accepts the proposal on its page after confirming; the page then shows it open', async () => {
      await page.goto(`${webUrl()}/dossiers?status=PROPOSED`);
      await rowOf(page, PROPOSAL).getByRole('link', { name: PROPOSAL }).click();
      await page.waitForURL(`${webUrl()}/dossiers/${proposalId}`);
      await page.getByRole('heading', { level: 1, name: PROPOSAL }).waitFor();
      expect(await page.getByText('Landelijk dossier · Voorgesteld').count()).toBe(1);
      const section = page.getByRole('region', { name: 'Voorstel accepteren' });
      await section.getByRole('button', { name: 'Accepteren' }).click();
      await section.getByText(`Accepteert u het voorstel “${PROPOSAL}”?`, { exact: false }).waitFor();
      await checkScreen(page, 'dossier-accept-confirm');
      // Cancelling changes nothing.
      await section.getByRole('button', { name: 'Annuleren' }).click();
      expect(await page.getByText('Landelijk dossier · Voorgesteld').count()).toBe(1);

      await section.getByRole('button', { name: 'Accepteren' }).click();
      await section.getByRole('button', { name: 'Ja, accepteren' }).click();
      await page.getByRole('status').getByText(`Dossier “${PROPOSAL}” is geaccepteerd en staat nu open.`).waitFor();
      expect(await focusedText(page)).toBe(`status: Dossier “${PROPOSAL}” is geaccepteerd en staat nu open.`);
      await page.getByText('Landelijk dossier · Open').waitFor();
      expect(await page.getByRole('region', { name: 'Voorstel accepteren' }).count()).toBe(0);
      expect(await page.getByRole('region', { name: 'Gegevens' }).textContent()).toContain('Geaccepteerd op');
      await checkScreen(page, 'dossier-accepted');
      const { dossier } = await apiCall<{ dossier: { status: string } }>('query ($id: ID!) { dossier(id: $id) { status } }', { id: proposalId }, COORDINATOR);
      expect(dossier.status).toBe('OPEN');
    });

    it('raised no uncaught errors in the page', () => {
      expect(errors).toEqual([]);
    });
  });
});
