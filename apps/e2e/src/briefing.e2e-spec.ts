import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { addAgendaItem, createActionItem, createMeeting, createVastloper, isoDay, viewerOf, waitForStatusRequest, type Viewer } from './support/meeting-fixtures';
import { pdfText, sticksOut } from './support/screen-checks';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(180000);

const run = Date.now().toString(36);
const DIRECTOR = account('programmadirecteur');
const MAYOR = account('burgemeester');

// Earlier runs against the same database left overdue action items that are older than this run's, and the lists
// below show the longest overdue first: marked done, so this run's items come first again.
const completeEarlierRuns = async (allianceId: string): Promise<void> => {
  for (;;) {
    const { actionItems } = await apiCall<{ actionItems: { edges: { node: { id: string; description: string } }[] } }>(
      'query ($filter: ActionItemFilter) { actionItems(filter: $filter, first: 100) { edges { node { id description } } } }',
      { filter: { allianceId, overdueOnly: true } },
      DIRECTOR,
    );
    const leftovers = actionItems.edges.filter(({ node }) => /^(Overzicht leegstand aanleveren|Ook over tijd) /.test(node.description));
    if (leftovers.length === 0) return;
    for (const { node } of leftovers) {
      await apiCall('mutation ($id: ID!) { completeActionItem(id: $id) { id } }', { id: node.id }, DIRECTOR);
    }
  }
};

describe("the mayor's briefing", () => {
  let browser: Browser;
  let director: Viewer;
  let meetingId: string;
  const vastloperTitle = `Wachtlijst schuldhulp loopt op ${run}`;
  const overdue = `Overzicht leegstand aanleveren ${run}`;
  const lateToo = `Ook over tijd ${run}`;
  let vastloperId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    director = await viewerOf(DIRECTOR);
    await completeEarlierRuns(director.allianceId);
    vastloperId = await createVastloper(DIRECTOR, director.allianceId, vastloperTitle);
    meetingId = await createMeeting(DIRECTOR, { allianceId: director.allianceId, type: 'ALLIANTIE', title: `Alliantietafel ${run}`, days: 4 });
    await addAgendaItem(DIRECTOR, meetingId, { title: 'Schuldhulp: besluit over extra capaciteit', kind: 'DECISION', vastloperId });
    await createActionItem(DIRECTOR, { allianceId: director.allianceId, description: overdue, ownerId: director.personId, dueDate: isoDay(-2) });
    // More overdue action items than a briefing list holds (20), due later than the one above: the list shows
    // the longest overdue first, and says how many more there are.
    for (let index = 0; index < 20; index += 1) {
      await createActionItem(DIRECTOR, { allianceId: director.allianceId, description: `${lateToo} ${index}`, ownerId: director.personId, dueDate: isoDay(-1) });
    }
    // Four days ahead the first status request is due at once; nobody answers it.
    await waitForStatusRequest(DIRECTOR, meetingId);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads on a tablet in portrait without scrolling sideways, marks what had no update, links each item, and downloads as a PDF', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.setViewportSize({ width: 768, height: 1024 });
    await signIn(page, MAYOR);
    await page.goto(`${webUrl()}/vergaderingen/${meetingId}/briefing`);
    await page.getByRole('heading', { level: 1, name: `Briefing: Alliantietafel ${run}` }).waitFor();
    expect(await page.getByText(director.allianceName).first().isVisible()).toBe(true);
    expect(await sticksOut(page)).toEqual([]);

    // "Geen update": in its own section, and beside the items wherever they appear.
    const noUpdate = page.getByRole('region', { name: 'Geen update ontvangen' });
    await noUpdate.getByRole('link', { name: vastloperTitle }).waitFor();
    await noUpdate.getByRole('link', { name: overdue }).waitFor();
    const decisions = page.getByRole('region', { name: 'Besluiten nodig op deze vergadering' });
    const decisionItem = decisions.getByRole('listitem').filter({ has: page.getByRole('link', { name: vastloperTitle }) });
    expect(await decisionItem.textContent()).toContain('Geen update');
    const overdueItem = page.getByRole('region', { name: 'Actiepunten over tijd' }).getByRole('listitem').filter({ has: page.getByRole('link', { name: overdue }) });
    expect(await overdueItem.textContent()).toContain('Geen update');
    await checkScreen(page, 'briefing');
    expect(await sticksOut(page)).toEqual([]);

    // The PDF, through the web server, with the mayor's own session.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als pdf' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^briefing-.*\.pdf$/);
    const file = await download.path();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdfText(file)).toContain(director.allianceName);
    await page.getByText('De pdf is gedownload.').waitFor();

    // Each item links to its own page.
    await decisions.getByRole('link', { name: vastloperTitle }).click();
    await page.getByRole('heading', { level: 1, name: vastloperTitle }).waitFor();
    await page.goBack();
    await page.getByRole('region', { name: 'Actiepunten over tijd' }).getByRole('link', { name: overdue }).click();
    await page.getByRole('heading', { level: 1, name: overdue }).waitFor();

    // A long list holds its first 20 lines, says how many more there are and links to the full list, filtered.
    await page.goBack();
    const overdueSection = page.getByRole('region', { name: 'Actiepunten over tijd' });
    await overdueSection.getByRole('link', { name: overdue }).waitFor();
    expect(await overdueSection.getByRole('listitem').count()).toBe(20);
    expect(await overdueSection.getByText(/^En nog \d+\./).isVisible()).toBe(true);
    expect(await overdueSection.getByRole('link', { name: `${lateToo} 19` }).count()).toBe(0);
    await overdueSection.getByRole('link', { name: 'Bekijk de hele lijst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Actiepunten en toezeggingen' }).waitFor();
    await page.getByRole('link', { name: `${lateToo} 19` }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Alleen over tijd' }).isChecked()).toBe(true);
    await checkScreen(page, 'action-items-overdue-only');
    // With the keyboard alone: clear "Alleen over tijd" and filter again; the filter leaves the address.
    await page.getByRole('checkbox', { name: 'Alleen over tijd' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Filteren');
    await page.keyboard.press('Enter');
    await page.waitForURL((address) => !address.searchParams.has('verlopen'));
    expect(await page.getByRole('checkbox', { name: 'Alleen over tijd' }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is refused to a partner member, with a readable message', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('partner'));
    await page.goto(`${webUrl()}/vergaderingen/${meetingId}/briefing`);
    await page.getByRole('heading', { level: 1, name: 'De briefing kon niet worden geladen.' }).waitFor();
    await checkScreen(page, 'briefing-refused');
    expect(errors).toEqual([]);
    await context.close();
  });
});
