import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
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
    // Why: the same subject in each area's own words (the thesaurus concept), and how alike in words.
    expect(await match.getByRole('list', { name: 'Waarom vergelijkbaar' }).textContent()).toMatch(/Zelfde onderwerp: woningcorporatie/);
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
