import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { apiAnswer, cellsOf, tableFigures } from './support/dashboard-panels';
import { sticksOut } from './support/screen-checks';
import { triageMatches, waitForMatch } from './support/similarity';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(480000);

const AREA = 'groningen-noord';
// Each run reports its own item, so a database kept between runs shows it once.
const TITLE = `Verhuurders mogen huizen enkel op basis van salaris verdelen (${Date.now().toString(36)})`;
const DESCRIPTION = 'De regels laten de verhuurder niet kijken naar wat een nieuwe bewoner voor de buurt wil betekenen.';
// A knelpunt of another area that is the same cause in other words (the seed has it).
const MATCH = 'Woningtoewijzing alleen op inkomen';
const COORDINATOR = account('coordinator');

describe('the national level: similar items and the triage', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let itemId: string;
  let allianceId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, COORDINATOR);
    allianceId = alliances.find((alliance) => alliance.slug === AREA)?.id ?? '';
    // Reported as the area's programme director would: nothing about matches stands in the way.
    const { createVastloper } = await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId, title: TITLE, description: DESCRIPTION, category: 'HUISVESTING', actielijn: 'WONINGEN_EN_WIJKEN' } },
      account('programmadirecteur', AREA),
    );
    itemId = createVastloper.id;
    await waitForMatch(allianceId, itemId, MATCH, COORDINATOR);
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, COORDINATOR);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('opens the triage from the navigation with the keyboard and shows the new item with its match and why', async () => {
    const link = page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Landelijke triage' });
    await link.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Landelijke triage' }).waitFor();
    expect(await page.title()).toBe('Landelijke triage · Doorbraak');
    await page.getByRole('article').first().waitFor();
    await checkScreen(page, 'national-triage');

    // Only this area's new items: the filter with the keyboard, into the URL.
    await page.getByLabel('Alliantie', { exact: true }).focus();
    await page.getByLabel('Alliantie', { exact: true }).selectOption(allianceId);
    await page.getByLabel('Gemeld in de afgelopen').selectOption('2');
    await page.getByRole('button', { name: 'Filters toepassen' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/alliantie=/);
    expect(new URL(page.url()).searchParams.get('weken')).toBe('2');

    const card = page.getByRole('article', { name: TITLE });
    await card.waitFor();
    const match = card.getByRole('listitem').filter({ has: page.getByRole('link', { name: MATCH }) });
    await match.waitFor();
    // Why, folded away to keep the list short and opened with the keyboard: the same subject in each area's own
    // words (the thesaurus concept), and how alike in words.
    const reasons = match.getByRole('list', { name: 'Waarom vergelijkbaar' });
    expect(await reasons.isVisible()).toBe(false);
    const why = match.locator('summary');
    expect(await why.textContent()).toMatch(/^Waarom vergelijkbaar \(\d+ redenen?\)$/);
    await why.focus();
    await page.keyboard.press('Enter');
    expect(await reasons.textContent()).toMatch(/Zelfde onderwerp: woningcorporatie/);
    expect(await match.textContent()).toMatch(/(Sterk|Duidelijk|Mogelijk) vergelijkbaar \(score \d+\/100\)/);
    await checkScreen(page, 'national-triage-filtered');
  });

  it('dismisses a match as not similar after confirming, so it disappears for everyone, and can undo it', async () => {
    const card = page.getByRole('article', { name: TITLE });
    const match = card.getByRole('listitem').filter({ has: page.getByRole('link', { name: MATCH }) });
    await match.getByRole('button', { name: 'Niet vergelijkbaar' }).focus();
    await page.keyboard.press('Enter');
    const question = match.getByText(`Is “${MATCH}” niet vergelijkbaar met “${TITLE}”?`, { exact: false });
    await question.waitFor();
    // The question takes the focus; the confirmation is the next stop.
    expect(await question.evaluate((element) => element === document.activeElement)).toBe(true);
    await checkScreen(page, 'national-triage-confirm');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await page.getByRole('status').getByText(`“${MATCH}” is gemarkeerd als niet vergelijkbaar met “${TITLE}”.`).waitFor();
    await card.getByRole('link', { name: MATCH }).waitFor({ state: 'detached' });
    // Gone for everyone: the API answers the same to the next caller.
    expect(await triageMatches(allianceId, itemId, COORDINATOR)).not.toContain(MATCH);
    await checkScreen(page, 'national-triage-dismissed');

    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByRole('status').getByText('staat weer in de triage').waitFor();
    await page.getByRole('article', { name: TITLE }).getByRole('link', { name: MATCH }).waitFor();
  });

  it('shows the similar items elsewhere on the item, with a link to each', async () => {
    await page.getByRole('article', { name: TITLE }).getByRole('heading', { level: 2 }).getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const section = page.getByRole('region', { name: 'Vergelijkbare knelpunten elders' });
    await section.getByRole('link', { name: MATCH }).waitFor();
    expect(await section.textContent()).toMatch(/Zelfde onderwerp/);
    await checkScreen(page, 'national-item-similar');
    await section.getByRole('link', { name: MATCH }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: MATCH }).waitFor();
  });

  it('stays out of the way of the person reporting: no triage, no similar items for the programme director', async () => {
    const director = await newPage(browser);
    try {
      await signIn(director.page, account('programmadirecteur', AREA));
      expect(await director.page.getByRole('link', { name: 'Landelijke triage' }).count()).toBe(0);
      await director.page.goto(`${webUrl()}/vastlopers/${itemId}`);
      await director.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
      await director.page.getByRole('heading', { level: 2, name: 'Beschrijving' }).waitFor();
      expect(await director.page.getByRole('heading', { name: 'Vergelijkbare knelpunten elders' }).count()).toBe(0);
      expect(director.errors).toEqual([]);
    } finally {
      await director.context.close();
    }
  });

  it("shows a rijksvertegenwoordiger the triage of what they may read: empty when every match lies in other areas", async () => {
    const rijks = await newPage(browser);
    try {
      await signIn(rijks.page, account('rijksvertegenwoordiger', AREA));
      await rijks.page.getByRole('link', { name: 'Landelijke triage' }).click();
      await rijks.page.getByText('Niets te beoordelen').waitFor();
      await checkScreen(rijks.page, 'national-triage-empty');
      expect(rijks.errors).toEqual([]);
    } finally {
      await rijks.context.close();
    }
  });

  it('raised no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});

type NationalPanels = {
  heatMap: { allianceName: string; perCategory: { category: string; open: number }[] }[];
  openPerMinistry: { ministry: string | null; open: number }[];
  openPerLaw: { law: string; open: number }[];
  unansweredMinistries: { ministry: string; waiting: number; oldestDays: number }[];
};

const dutch = new Intl.NumberFormat('nl-NL');
const n = (value: number) => dutch.format(value);
const HEAT_MAP = 'Open vastlopers per focusgebied (rijen) en categorie (kolommen); hoe donkerder de cel, hoe meer';

describe('the national dashboard: areas by category, ministries, laws, and the exports', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let national: NationalPanels;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context, page, errors } = await newPage(browser));
    await signIn(page, COORDINATOR);
    const answer = apiAnswer<{ nationalDashboard: NationalPanels }>(page, 'NationalDashboard');
    await page.goto(`${webUrl()}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Landelijk dashboard' }).waitFor();
    national = (await answer).nationalDashboard;
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("shows the heat map as a table of the 20 areas by category with the API's numbers, scrolling inside its own region", async () => {
    const table = page.getByRole('table', { name: HEAT_MAP });
    await table.waitFor();
    expect(national.heatMap).toHaveLength(20);
    expect(await table.locator('tbody tr').count()).toBe(20);
    expect(await table.locator('tbody th').allTextContents()).toEqual(national.heatMap.map((row) => row.allianceName));
    expect(await table.locator('thead th').count()).toBe(1 + national.heatMap[0].perCategory.length);
    expect(await cellsOf(page, '[data-panel="heatMap"] table')).toEqual(national.heatMap.map((row) => row.perCategory.map((cell) => n(cell.open))));
    // The legend says what each shade stands for; the number in the cell says it anyway.
    await page.locator('[data-panel="heatMap"]').getByText('Kleur van een cel naar het aantal open vastlopers:').waitFor();

    // The table scrolls within a region reached with the keyboard, never the page.
    const region = page.getByRole('region', { name: HEAT_MAP });
    await region.focus();
    expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.setViewportSize({ width: 768, height: 1024 });
    // The charts take a moment to redraw at the new width.
    let wide = await sticksOut(page);
    for (let attempt = 0; attempt < 20 && wide.length > 0; attempt += 1) {
      await page.waitForTimeout(250);
      wide = await sticksOut(page);
    }
    expect(wide).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkScreen(page, 'national-dashboard');
  });

  it('shows the open vastlopers per ministry and per law as charts with tables, and the ministries waited on longest', async () => {
    // The ministries in the chart and its table; the items no ministry owns in the summary.
    expect(await tableFigures(page, 'ministries')).toEqual(national.openPerMinistry.filter((row) => row.ministry).map((row) => [n(row.open)]));
    const unowned = national.openPerMinistry.find((row) => !row.ministry)?.open ?? 0;
    if (unowned > 1) expect(await page.locator('#ministries-summary').textContent()).toContain(`${n(unowned)} open vastlopers (nog) geen eigenaar-ministerie`);
    expect(await tableFigures(page, 'laws')).toEqual(national.openPerLaw.map((row) => [n(row.open)]));
    const unanswered = page.locator('[data-panel="unanswered"]');
    if (national.unansweredMinistries.length === 0) {
      await unanswered.getByText('Geen ministerie heeft open vastlopers zonder antwoord.').waitFor();
    } else {
      const rows = await cellsOf(page, '[data-panel="unanswered"] table');
      expect(rows.map((row) => [row[0], row[2]])).toEqual(
        national.unansweredMinistries.map((row) => [n(row.waiting), `${n(row.oldestDays)} ${row.oldestDays === 1 ? 'dag' : 'dagen'}`]),
      );
    }
    await checkScreen(page, 'national-dashboard-tables');
  });

  it('downloads the vastlopers as an Excel workbook and the dossiers as a CSV, and says so', async () => {
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Vastlopers als Excel (XLSX)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^vastlopers-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = readFileSync((await xlsx.path()) as string);
    expect(workbook.length).toBeGreaterThan(1000);
    expect(workbook.subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByRole('status').getByText(`De download van ${xlsx.suggestedFilename()} is gestart.`).waitFor();

    const button = page.getByRole('button', { name: 'Landelijke dossiers als CSV' });
    await button.focus();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = readFileSync((await csv.path()) as string, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'Id;Titel;Oorzaak;Juridische grondslag;Ministerie;Eigenaar bij het ministerie;Gevraagde oplossing;Status;Uitkomst;Toelichting uitkomst;Aangemaakt op;Geaccepteerd op;Gesloten op',
    );
    await page.getByRole('status').getByText(`De download van ${csv.suggestedFilename()} is gestart.`).waitFor();
    // The button pressed with the keyboard keeps the focus through the download.
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await checkScreen(page, 'national-dashboard-exported');
  });

  it('downloads the vastlopers list as filtered on screen, every page of it', async () => {
    await page.goto(`${webUrl()}/vastlopers?categorie=GEGEVENSDELING`);
    await page.getByRole('heading', { level: 1, name: 'Vastlopers' }).waitFor();
    const group = page.getByRole('group', { name: 'Deze lijst downloaden (alle pagina’s, met de filters hierboven)' });
    const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'Als CSV' }).click()]);
    const [header, ...lines] = readFileSync((await download.path()) as string, 'utf8').slice(1).trimEnd().split('\r\n');
    const columns = header.split(';');
    // The demo's titles hold no separator or quote, so a line is a row here.
    const rows = lines.map((line) => line.split(';'));
    const { vastlopers } = await apiCall<{ vastlopers: { totalCount: number } }>(
      'query ($filter: VastloperFilter) { vastlopers(first: 1, filter: $filter) { totalCount } }',
      { filter: { category: 'GEGEVENSDELING', statuses: ['OPEN', 'IN_BEHANDELING'] } },
      COORDINATOR,
    );
    expect(rows).toHaveLength(vastlopers.totalCount);
    expect(rows.every((row) => row[columns.indexOf('Categorie')] === 'GEGEVENSDELING')).toBe(true);
    expect(rows.every((row) => ['OPEN', 'IN_BEHANDELING'].includes(row[columns.indexOf('Status')]))).toBe(true);
    await page.getByRole('status').getByText(`De download van ${download.suggestedFilename()} is gestart.`).waitFor();
    await checkScreen(page, 'vastlopers-exported');
  });

  it('puts the vastlopers longest without progress first when asked, chosen with the keyboard', async () => {
    await page.goto(`${webUrl()}/vastlopers`);
    await page.getByRole('heading', { level: 1, name: 'Vastlopers' }).waitFor();
    const order = page.getByLabel('Volgorde', { exact: true });
    expect(await order.inputValue()).toBe('');
    // With the keyboard alone: the arrow picks the next choice, Tab goes on to the button, Enter applies.
    await order.focus();
    await page.keyboard.press('ArrowDown');
    expect(await order.inputValue()).toBe('langst-zonder-voortgang');
    await page.keyboard.press('Tab');
    expect(await page.getByRole('button', { name: 'Filters toepassen' }).evaluate((button) => button === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/volgorde=langst-zonder-voortgang/);
    const { vastlopers } = await apiCall<{ vastlopers: { edges: { node: { title: string } }[] } }>(
      'query ($filter: VastloperFilter) { vastlopers(first: 3, filter: $filter, orderBy: LONGEST_WITHOUT_PROGRESS) { edges { node { title } } } }',
      { filter: { statuses: ['OPEN', 'IN_BEHANDELING'] } },
      COORDINATOR,
    );
    const rows = page.getByRole('table', { name: 'Vastlopers met alliantie, trede, status en sinds wanneer op deze trede' }).getByRole('row');
    for (const [index, { node }] of vastlopers.edges.entries()) {
      await rows.nth(index + 1).getByRole('link', { name: node.title, exact: true }).waitFor();
    }
    await checkScreen(page, 'vastlopers-longest-without-progress');
    // After a reload the form still shows the order the list is in.
    await page.reload();
    await rows.nth(1).waitFor();
    expect(await order.inputValue()).toBe('langst-zonder-voortgang');
  });

  it('raised no uncaught errors in the page', () => {
    expect(errors).toEqual([]);
  });
});
