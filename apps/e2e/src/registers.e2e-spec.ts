import type { Browser, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import {
  createActionItem,
  createMeeting,
  createVastloper,
  isoDay,
  publishAgenda,
  recordDecision,
  viewerOf,
  waitForStatusRequest,
  type Viewer,
} from './support/meeting-fixtures';
import { account, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(180000);

const run = Date.now().toString(36);
const DIRECTOR = account('programmadirecteur');
const MAYOR = account('burgemeester');

const card = (page: Page, description: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: description, exact: true }) });

describe('the registers: the decision register, action items and commitments', () => {
  let browser: Browser;
  let director: Viewer;
  let meetingId: string;
  let vastloperTitle: string;
  const decisionText = `De alliantie huurt het buurthuis voor het jongerenwerk ${run}`;
  const overdue = `Huurcontract jongerencentrum tekenen ${run}`;
  const asked = `Rapportage leegstand opstellen ${run}`;
  const commitment = `Extra handhavers in de zomer ${run}`;
  let askedId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    director = await viewerOf(DIRECTOR);
    vastloperTitle = `Geen ruimte voor jongerenwerk ${run}`;
    const vastloperId = await createVastloper(DIRECTOR, director.allianceId, vastloperTitle);
    meetingId = await createMeeting(DIRECTOR, { allianceId: director.allianceId, type: 'BESTUURLIJK', title: `Bestuurlijk overleg ${run}`, days: -2 });
    await publishAgenda(DIRECTOR, meetingId);
    await recordDecision(DIRECTOR, { meetingId, text: decisionText, vastloperId, reviewDate: isoDay(60) });
    await createActionItem(DIRECTOR, { allianceId: director.allianceId, description: overdue, ownerId: director.personId, dueDate: isoDay(-3) });
    askedId = await createActionItem(DIRECTOR, { allianceId: director.allianceId, description: asked, ownerId: director.personId, dueDate: isoDay(20) });
    await createActionItem(DIRECTOR, {
      allianceId: director.allianceId,
      description: commitment,
      kind: 'COMMITMENT',
      committedBy: 'GEMEENTE',
      ownerId: director.personId,
      dueDate: isoDay(60),
    });
    // An alliance meeting five days ahead: the worker asks the owners for a progress note at once.
    const allianceMeeting = await createMeeting(DIRECTOR, { allianceId: director.allianceId, type: 'ALLIANTIE', title: `Alliantietafel ${run}`, days: 5 });
    await waitForStatusRequest(DIRECTOR, allianceMeeting);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the director filters the decision register, keeps the filters in the URL, and follows its deep links', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, DIRECTOR);
    await page.goto(`${webUrl()}/besluiten`);
    await page.getByRole('heading', { level: 1, name: 'Besluitenlijst' }).waitFor();
    await page.getByRole('table', { name: /^Besluiten/ }).waitFor();
    await checkScreen(page, 'decision-register');

    const filters = page.getByRole('search', { name: 'Besluiten filteren' });
    await filters.getByLabel('Zoeken in besluiten').fill(`buurthuis ${run}`);
    await filters.getByLabel('Soort vergadering').selectOption('BESTUURLIJK');
    await filters.getByLabel('Vergaderd vanaf').fill(isoDay(-7));
    await filters.getByLabel('Vergaderd tot en met').fill(isoDay(-14));
    await filters.getByRole('button', { name: 'Filteren' }).click();
    // A period that ends before it starts is refused beside its field.
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    await filters.getByLabel('Vergaderd tot en met').fill(isoDay(0));
    await filters.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/zoek=/);
    const url = new URL(page.url());
    expect(url.searchParams.get('soort')).toBe('BESTUURLIJK');
    expect(url.searchParams.get('van')).toBe(isoDay(-7));
    await page.getByText('1 besluit', { exact: true }).waitFor();
    const table = page.getByRole('table', { name: /^Besluiten/ });
    const row = table.getByRole('row').filter({ hasText: decisionText });
    await row.waitFor();
    expect(await table.getByRole('row').count()).toBe(2);
    expect(await row.textContent()).toContain(`Bestuurlijk overleg ${run}`);
    await checkScreen(page, 'decision-register-filtered');

    // The filters survive a reload; the vastloper's link leads to it.
    await page.reload();
    await page.getByRole('row').filter({ hasText: decisionText }).waitFor();
    await expect(page.getByLabel('Soort vergadering').inputValue()).resolves.toBe('BESTUURLIJK');
    await page.getByRole('row').filter({ hasText: decisionText }).getByRole('link', { name: vastloperTitle }).click();
    await page.getByRole('heading', { level: 1, name: vastloperTitle }).waitFor();
    await page.goBack();
    await page.getByRole('row').filter({ hasText: decisionText }).getByRole('link', { name: `Bestuurlijk overleg ${run}` }).click();
    await page.waitForURL(`**/vergaderingen/${meetingId}`);

    // A meeting's decisions, by deep link.
    await page.goto(`${webUrl()}/besluiten?vergadering=${meetingId}`);
    await page.getByRole('row').filter({ hasText: decisionText }).waitFor();
    await expect(page.getByLabel('Vergadering', { exact: true }).inputValue()).resolves.toBe(meetingId);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the director sees overdue items first, answers a status request, and completes an item after confirming', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, DIRECTOR);
    await page.goto(`${webUrl()}/actiepunten?mijn=ja`);
    await page.getByRole('heading', { level: 1, name: 'Actiepunten en toezeggingen' }).waitFor();
    await card(page, asked).waitFor();
    // Overdue first, under its own heading and with the words "Over tijd".
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.findIndex((text) => text.startsWith('Over tijd'))).toBeLessThan(headings.findIndex((text) => text.startsWith('Lopend')));
    const overdueSection = page.getByRole('region', { name: /^Over tijd/ });
    await overdueSection.getByRole('link', { name: overdue }).waitFor();
    expect(await card(page, overdue).textContent()).toContain('Over tijd');
    expect(await card(page, asked).textContent()).toMatch(/Status gevraagd op .*Geen update/);
    await checkScreen(page, 'action-items');

    // Progress in answer to the status request.
    await card(page, asked).getByRole('button', { name: `Voortgang melden over "${asked}"` }).click();
    await page.getByLabel('Voortgangsnotitie').fill('De cijfers van de corporaties zijn binnen; het concept volgt vrijdag.');
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await page.getByText('Uw voortgang is opgeslagen.').waitFor();
    expect(await card(page, asked).textContent()).toContain('Beantwoord');
    expect(await card(page, asked).textContent()).toContain('het concept volgt vrijdag');

    // Completing asks first; the item then leaves the open list.
    await card(page, overdue).getByRole('button', { name: 'Afronden' }).click();
    await page.getByText(`Is "${overdue}" klaar?`).waitFor();
    await checkScreen(page, 'action-items-confirm');
    await page.getByRole('button', { name: 'Ja, afronden' }).click();
    await page.getByRole('link', { name: overdue }).waitFor({ state: 'detached' });

    // The commitments tab.
    await page.getByRole('navigation', { name: 'Soort' }).getByRole('link', { name: 'Toezeggingen' }).click();
    await page.waitForURL(/soort=toezeggingen/);
    // The action item leaves once the commitments have loaded (the commitment is in both lists).
    await page.getByRole('link', { name: asked }).waitFor({ state: 'detached' });
    await card(page, commitment).waitFor();
    await checkScreen(page, 'commitments');

    // The detail page: the progress report, the status request, the actions.
    await page.goto(`${webUrl()}/actiepunten/${askedId}`);
    await page.getByRole('heading', { level: 1, name: asked }).waitFor();
    const progress = page.getByRole('region', { name: 'Voortgang' });
    expect(await progress.textContent()).toContain('het concept volgt vrijdag');
    expect(await page.getByRole('region', { name: 'Statusverzoek' }).textContent()).toContain('Beantwoord');
    await page.getByRole('button', { name: 'Afronden' }).waitFor();
    await checkScreen(page, 'action-item-detail');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the mayor reads the register and the director\u2019s action item, and may not change it', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, MAYOR);
    await page.goto(`${webUrl()}/besluiten?zoek=${encodeURIComponent(`buurthuis ${run}`)}`);
    await page.getByRole('row').filter({ hasText: decisionText }).waitFor();
    await page.goto(`${webUrl()}/actiepunten/${askedId}`);
    await page.getByRole('heading', { level: 1, name: asked }).waitFor();
    await page.getByText('U kunt aan dit actiepunt niets veranderen.').waitFor();
    expect(await page.getByRole('button', { name: 'Afronden' }).count()).toBe(0);
    await page.goto(`${webUrl()}/actiepunten/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('heading', { level: 1, name: 'Het actiepunt kon niet worden geladen.' }).waitFor();
    await checkScreen(page, 'action-item-not-found');
    expect(errors).toEqual([]);
    await context.close();
  });
});
