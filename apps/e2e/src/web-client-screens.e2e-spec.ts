import type { Browser } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { account, apiCall, AREA, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(360000);

const run = Date.now().toString(36);

describe('the web client: doorbraken, the ladder settings, the national overview, sessions and invitations', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the director starts a doorbraak with the form, finds it on the board, and sets the ladder beside the national default', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('programmadirecteur'));
    const title = `Werkgarantie voor jongeren ${run}`;

    await page.goto(`${webUrl()}/doorbraken/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Doorbraak toevoegen' }).waitFor();
    // Nothing filled in: the errors stand beside their fields, and nothing is written.
    await page.getByRole('button', { name: 'Doorbraak toevoegen' }).click();
    await page.getByText('Controleer de volgende velden').waitFor();
    await checkScreen(page, 'doorbraak-form-errors');
    await page.getByLabel('Titel').fill(title);
    await page.getByLabel('Soort').selectOption('INITIATIEF');
    await page.getByLabel('Impact').fill('55 jongeren geplaatst');
    await page.getByLabel('Meteen op de ladder zetten (lopend)').check();
    await page.getByRole('button', { name: 'Doorbraak toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 20000 });
    const id = page.url().split('/').pop() ?? '';
    await checkScreen(page, 'doorbraak-detail');

    await page.goto(`${webUrl()}/doorbraken?weergave=bord`);
    await page.locator(`[data-testid="doorbraak-board"] [data-rung="PROGRAMMABUREAU"] [data-id="${id}"]`).waitFor();
    await checkScreen(page, 'doorbraken-board');
    await page.goto(`${webUrl()}/doorbraken`);
    await page.getByRole('link', { name: title }).waitFor();
    await checkScreen(page, 'doorbraken-list');

    // The ladder: the national default beside each rung, editable by the programme director.
    await page.goto(`${webUrl()}/allianties/${AREA}`);
    await page.getByRole('heading', { name: 'Escalatieladder' }).waitFor();
    await page.getByRole('button', { name: 'Termijnen wijzigen' }).click();
    const bureau = page.getByLabel('Programmabureau', { exact: true });
    await bureau.fill('nooit');
    await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
    await page.getByText('Controleer de volgende velden').waitFor();
    await checkScreen(page, 'alliance-ladder-editor');
    await bureau.fill('20');
    await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
    await page.getByText('De termijnen zijn opgeslagen.').waitFor();
    const row = page.getByRole('table', { name: /^Termijn per trede/ }).getByRole('row', { name: /^Programmabureau/ });
    expect(await row.textContent()).toContain('20 werkdagen (eigen termijn)');
    expect(await row.textContent()).toContain('15 werkdagen');
    await checkScreen(page, 'alliance-ladder-saved');
    // Back to the national default, for the other tests.
    await page.getByRole('button', { name: 'Termijnen wijzigen' }).click();
    await bureau.fill('');
    await page.getByRole('button', { name: 'Termijnen opslaan' }).click();
    await page.getByText('De termijnen zijn opgeslagen.').waitFor();
    await row.filter({ hasText: '(standaard)' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the mayor reads the ladder but may not change it', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('burgemeester'));
    await page.goto(`${webUrl()}/allianties/${AREA}`);
    await page.getByRole('heading', { name: 'Escalatieladder' }).waitFor();
    await page.getByRole('table', { name: /^Termijn per trede/ }).getByRole('row', { name: /^Programmabureau/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Termijnen wijzigen' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the national coordinator sees all twenty areas side by side, counted by the API', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('coordinator'));
    const table = page.getByRole('table', { name: /Lopende vastlopers per alliantie/ });
    await table.waitFor();
    const { ladderOverview } = await apiCall<{ ladderOverview: { allianceName: string }[] }>('{ ladderOverview { allianceName } }', {}, account('coordinator'));
    expect(ladderOverview.length).toBeGreaterThanOrEqual(20);
    expect(await table.locator('tbody tr').count()).toBe(ladderOverview.length);
    // The worker moves items meanwhile, so the order is checked on the page's own figures.
    expect([...(await table.locator('tbody tr th').allTextContents())].sort()).toEqual(ladderOverview.map((row) => row.allianceName).sort());
    const figures = await table.locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].slice(-2).map((cell) => Number(cell.textContent))),
    );
    expect(figures).toEqual([...figures].sort((a, b) => b[1] - a[1] || b[0] - a[0]));
    await checkScreen(page, 'start-national-coordinator-overview');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('after 30 minutes without input the session ends here, with a message', async () => {
    const { context, page, errors } = await newPage(browser);
    // The page's clock only: the API keeps real time, and no request is needed to notice the idle time.
    await page.clock.install();
    await signIn(page, account('programmadirecteur'));
    await page.clock.fastForward('31:00');
    await page.getByText('U bent na 30 minuten zonder activiteit uitgelogd. Log opnieuw in om verder te gaan.').waitFor({ timeout: 20000 });
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await checkScreen(page, 'sign-in-idle');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an invitee sets a password on the invitation page and is signed in', async () => {
    const name = `Nieuwe partner ${run}`;
    const email = `partner.${run}@uitnodiging.doorbraak.nl`;
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, account('programmadirecteur'));
    const { invitePerson } = await apiCall<{ invitePerson: { url: string } }>(
      'mutation ($input: InvitePersonInput!) { invitePerson(input: $input) { url } }',
      { input: { allianceId: alliances.find((alliance) => alliance.slug === AREA)?.id, email, name, role: 'PARTNER_MEMBER' } },
      account('programmadirecteur'),
    );
    const link = new URL(invitePerson.url);
    expect(link.pathname).toBe('/uitnodiging');

    const { context, page, errors } = await newPage(browser);
    await page.goto(`${webUrl()}${link.pathname}${link.search}`);
    await page.getByRole('heading', { level: 1, name: 'Uitnodiging accepteren' }).waitFor();
    await checkScreen(page, 'invitation');
    await page.getByLabel('Nieuw wachtwoord').fill('een lang genoeg wachtwoord');
    await page.getByLabel('Herhaal het wachtwoord').fill('een ander wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await page.getByText('De wachtwoorden zijn niet gelijk.').first().waitFor();
    await checkScreen(page, 'invitation-errors');
    await page.getByLabel('Herhaal het wachtwoord').fill('een lang genoeg wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord instellen en inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${name}` }).waitFor({ timeout: 20000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a vastloper the ministry did not take in hand in time shows the flag, and its owner there takes it in hand', async () => {
    // The demo has items at the national rungs whose acknowledgement is overdue; the national coordinators hold those rungs.
    const { vastlopers } = await apiCall<{ vastlopers: { edges: { node: { id: string; title: string; rung: string } }[] } }>(
      '{ vastlopers(first: 100, filter: { answerFlag: ACK_OVERDUE }) { edges { node { id title rung } } } }',
      {},
      account('coordinator'),
    );
    const late = vastlopers.edges.map((edge) => edge.node).find((node) => node.rung === 'INTERDEPARTEMENTAAL' || node.rung === 'DOORBRAAKOVERLEG');
    expect(late).toBeDefined();
    const { id, title } = late as { id: string; title: string };

    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('coordinator'));
    await page.goto(`${webUrl()}/vastlopers/${id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const ministry = page.getByRole('region', { name: 'Antwoord van het ministerie' });
    // The flag stands under the title, beside the item's other badges.
    await page.getByText('Ministerie: niet op tijd in behandeling genomen').waitFor();
    const acknowledge = ministry.getByRole('button', { name: 'In behandeling nemen namens het ministerie' });
    await acknowledge.waitFor();
    // The ministry's acknowledgement acknowledges the rung too: the ladder's own button is not offered beside it.
    expect(await page.getByRole('button', { name: 'In behandeling nemen', exact: true }).count()).toBe(0);
    await checkScreen(page, 'vastloper-ministry-late');

    await acknowledge.focus();
    await page.keyboard.press('Enter');
    await ministry.getByText('Namens het ministerie in behandeling genomen.').waitFor();
    expect(await page.getByText('Ministerie: niet op tijd in behandeling genomen').count()).toBe(0);
    expect(await acknowledge.count()).toBe(0);
    await checkScreen(page, 'vastloper-ministry-acknowledged');
    expect(errors).toEqual([]);
    await context.close();
  });
});
