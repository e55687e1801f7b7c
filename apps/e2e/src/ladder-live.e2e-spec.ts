import type { Browser } from 'playwright-core';
import { E2E_SWEEP_EVERY } from './support/e2e-stack';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { account, apiCall, checkScreen, newPage, reportVastloper, signIn } from './support/web-client';

jest.setTimeout(120000);

// An area of its own: compressing its ladder makes its open items climb, which no other test watches.
const AREA = 'delft-west';
const run = Date.now().toString(36);
const title = `Geen plek voor de huiswerkklas ${run}`;

const LADDER = `mutation ($allianceId: ID!, $rungs: [RungSettingInput!]!) {
  updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) { rung } }`;

describe('the ladder, live', () => {
  let browser: Browser;
  let allianceId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, account('programmadirecteur', AREA));
    allianceId = alliances.find((alliance) => alliance.slug === AREA)?.id ?? '';
    // The first two rungs stall after seconds (the first long enough for the board to open before it
    // moves); the rijksvertegenwoordiger keeps the national default.
    await apiCall(
      LADDER,
      { allianceId, rungs: [{ rung: 'PROGRAMMABUREAU', duration: 'PT12S' }, { rung: 'ALLIANTIE', duration: 'PT5S' }] },
      account('programmadirecteur', AREA),
    );
  });

  afterAll(async () => {
    if (allianceId) {
      await apiCall(LADDER, { allianceId, rungs: [] }, account('programmadirecteur', AREA)).catch(() => undefined);
    }
    await browser?.close();
  });

  it(`a vastloper the director logs climbs by itself (the worker sweeps every ${E2E_SWEEP_EVERY}), the board follows without a reload, and the rijksvertegenwoordiger acknowledges it`, async () => {
    const director = await newPage(browser);
    await signIn(director.page, account('programmadirecteur', AREA));
    const id = await reportVastloper(director.page, title);

    const { page } = director;
    await page.goto(`${webUrl()}/vastlopers?weergave=bord&zoek=${encodeURIComponent(run)}`);
    await page.getByTestId('ladder-board').waitFor();
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    const card = (rung: string) => page.locator(`[data-rung="${rung}"] [data-id="${id}"]`);
    const bell = page.getByRole('link', { name: /^Meldingen \(\d+ ongelezen\)$/ });
    const unread = async () => Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);

    // It climbs to the alliance and on to the rijksvertegenwoordiger, while the page stays as it is.
    await card('PROGRAMMABUREAU').waitFor({ timeout: 5000 });
    const before = await unread();
    await card('ALLIANTIE').waitFor({ timeout: 30000 });
    // The director is told of the escalation: the bell counts it without a reload too.
    await page.waitForFunction(
      (count) => Number(document.querySelector('a[aria-label^="Meldingen ("]')?.getAttribute('aria-label')?.match(/\d+/)?.[0]) > count,
      before,
      { timeout: 10000 },
    );
    await card('RIJKSVERTEGENWOORDIGER').waitFor({ timeout: 30000 });
    expect(navigations).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true);
    await checkScreen(page, 'vastlopers-board-live');
    expect(director.errors).toEqual([]);
    await director.context.close();

    const hague = await newPage(browser);
    await signIn(hague.page, account('rijksvertegenwoordiger', AREA));
    const forTheHague = hague.page.getByTestId('voor-den-haag');
    await forTheHague.getByRole('link', { name: title }).first().waitFor();
    await checkScreen(hague.page, 'start-rijksvertegenwoordiger-live');
    await forTheHague.getByRole('button', { name: new RegExp(`^In behandeling nemen\\W+${title}$`) }).click();
    await hague.page.getByText(`“${title}” is in behandeling genomen.`).waitFor();
    const { vastloper } = await apiCall<{ vastloper: { status: string; rung: string } }>(
      'query ($id: ID!) { vastloper(id: $id) { status rung } }',
      { id },
      account('rijksvertegenwoordiger', AREA),
    );
    expect(vastloper).toEqual({ status: 'IN_BEHANDELING', rung: 'RIJKSVERTEGENWOORDIGER' });
    expect(hague.errors).toEqual([]);
    await hague.context.close();
  });
});
