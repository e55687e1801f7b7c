import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(180000);

const AREA = 'groningen-noord';
const COORDINATOR = account('coordinator');
const DIRECTOR = account('programmadirecteur', AREA);
const VOTER = account('rijksvertegenwoordiger', AREA);
const RUN = Date.now().toString(36);
const FIRST = `Sloop en nieuwbouw blijven steken op de onrendabele top (${RUN})`;
const SECOND = `Woningtoewijzing laat geen voorrang voor de wijk toe (${RUN})`;

// A vastloper of the area, taken by hand up to the interdepartmental group: a candidate for the doorbraakoverleg.
const nationalItem = async (allianceId: string, title: string): Promise<string> => {
  const { createVastloper } = await apiCall<{ createVastloper: { id: string } }>(
    'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
    { input: { allianceId, title, category: 'HUISVESTING', actielijn: 'WONINGEN_EN_WIJKEN' } },
    DIRECTOR,
  );
  for (const who of [DIRECTOR, DIRECTOR, VOTER]) {
    await apiCall('mutation ($id: ID!) { escalate(itemId: $id, reason: "Hier is Den Haag voor nodig") { __typename } }', { id: createVastloper.id }, who);
  }
  return createVastloper.id;
};

const rowOf = (page: Page, title: string): Locator => page.getByRole('row').filter({ has: page.getByRole('link', { name: title, exact: true }) });
const rankOf = async (page: Page, title: string): Promise<number> => Number((await rowOf(page, title).getByRole('rowheader').textContent())?.trim());

describe('the doorbraakoverleg agenda composer', () => {
  let browser: Browser;
  let meetingId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, COORDINATOR);
    const allianceId = alliances.find((alliance) => alliance.slug === AREA)?.id ?? '';
    await nationalItem(allianceId, FIRST);
    await nationalItem(allianceId, SECOND);
    // A doorbraakoverleg of this run's own, so the rijksvertegenwoordiger has all five votes whatever earlier runs did.
    const scheduledAt = new Date(Date.now() + (30 + Math.floor(Math.random() * 300)) * 24 * 3_600_000).toISOString();
    ({
      createMeeting: { id: meetingId },
    } = await apiCall<{ createMeeting: { id: string } }>(
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { type: 'DOORBRAAKOVERLEG', title: `Doorbraakoverleg (${RUN})`, scheduledAt } },
      COORDINATOR,
    ));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets a rijksvertegenwoordiger vote by keyboard, and the ranking changes', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, VOTER);
    await page.getByRole('link', { name: 'Doorbraakoverleg', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda doorbraakoverleg' }).waitFor();
    await page.goto(`${webUrl()}/doorbraakoverleg/${meetingId}`);
    await page.getByRole('table', { name: 'Kandidaten voor de agenda, hoogste score eerst' }).waitFor();
    await page.getByText('U hebt nog 5 van uw 5 stemmen.').waitFor();

    // Equal scores: the one that ranks second of the two climbs above the other with two votes.
    const [lower, higher] = (await rankOf(page, FIRST)) > (await rankOf(page, SECOND)) ? [FIRST, SECOND] : [SECOND, FIRST];
    const higherRank = await rankOf(page, higher);
    const add = page.getByRole('button', { name: `Stem geven aan ${lower}` });
    await add.focus();
    await page.keyboard.press('Enter');
    const status = page.getByRole('status').filter({ hasText: `U gaf een stem aan “${lower}”` });
    await status.getByText('U hebt nog 4 stemmen.').waitFor();
    // The focus stays on the button, wherever its row went.
    expect(await add.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('U hebt nog 3 stemmen.').waitFor();
    expect(await rankOf(page, lower)).toBeLessThanOrEqual(higherRank);
    expect(await rankOf(page, lower)).toBeLessThan(await rankOf(page, higher));
    expect(await rowOf(page, lower).textContent()).toContain('2 stemmen (waarvan 2 van u)');
    expect(await rowOf(page, lower).textContent()).toContain('2 stemmen: 16 punten');

    // Taking one back with the − button, by keyboard too.
    await page.getByRole('button', { name: `Stem weghalen bij ${lower}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('U hebt nog 4 stemmen.').waitFor();
    // A rijksvertegenwoordiger votes but does not compose.
    expect(await page.getByRole('button', { name: /op de agenda zetten$/ }).count()).toBe(0);
    await checkScreen(page, 'composer-rijksvertegenwoordiger');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets the national coordinator put the top candidate on the agenda', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, COORDINATOR);
    await page.goto(`${webUrl()}/doorbraakoverleg/${meetingId}`);
    await page.getByRole('table', { name: 'Kandidaten voor de agenda, hoogste score eerst' }).waitFor();
    // The first button in the ranking belongs to the highest-ranked candidate that can be added.
    const button = page.getByRole('button', { name: /op de agenda zetten$/ }).first();
    const label = (await button.getAttribute('aria-label')) ?? '';
    const title = label.replace(/^“/, '').replace(/” op de agenda zetten$/, '');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`“${title}” staat nu op de agenda van het overleg.`).waitFor();
    expect(await rowOf(page, title).textContent()).toContain('Staat op de agenda');
    await checkScreen(page, 'composer-coordinator');

    // The agenda editor, where the coordinator publishes, has it.
    await page.getByRole('link', { name: 'Naar de agenda van dit overleg (bewerken en publiceren)' }).click();
    await page.waitForURL(`${webUrl()}/vergaderingen/${meetingId}`);
    await page.getByText(title).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads in English for whoever chooses it, without Dutch left in its own texts', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, VOTER);
    await page.goto(`${webUrl()}/doorbraakoverleg/${meetingId}`);
    await page.getByRole('table', { name: 'Kandidaten voor de agenda, hoogste score eerst' }).waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Doorbraakoverleg agenda' }).waitFor();
    const table = page.getByRole('table', { name: 'Candidates for the agenda, highest score first' });
    await table.waitFor();
    expect(await page.getByRole('button', { name: /^Give a vote to / }).count()).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).not.toMatch(/\b(stemmen|Stem geven|Kandidaten voor)\b/);
    await checkScreen(page, 'composer-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
