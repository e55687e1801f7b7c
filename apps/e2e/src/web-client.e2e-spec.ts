import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { account, apiCall, AREA, checkScreen, newPage, reportVastloper, signIn, typeDate } from './support/web-client';

// Long flows on a shared machine: generous, so only a real hang fails them.
jest.setTimeout(420000);

// One run's unique marker, so reruns against the same database never collide.
const run = Date.now().toString(36);
const publicTitle = `Jongerenwerk zonder ruimte ${run}`;
const confidentialTitle = `Vertrouwelijk dossier ${run}`;

describe('the web client, per role', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the programme director signs in, sees the start page and logs vastlopers with the form', async () => {
    const { context, page, errors } = await newPage(browser);
    await page.goto(`${webUrl()}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await checkScreen(page, 'sign-in');

    await signIn(page, account('programmadirecteur'));
    await page.getByRole('heading', { name: 'Volgende vergadering' }).waitFor();
    await checkScreen(page, 'start-programme-director');

    // A bad input shows the field error and writes nothing.
    await page.goto(`${webUrl()}/vastlopers/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Vastloper melden' }).waitFor();
    let writes = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && (request.postData() ?? '').includes('createVastloper')) writes += 1;
    });
    await page.getByRole('button', { name: 'Vastloper melden' }).click();
    await page.getByText('Controleer de volgende velden').waitFor();
    expect(await page.getByText('Vul dit veld in.').count()).toBeGreaterThanOrEqual(3);
    // Each line of the summary names its field by its label, in the form's order, and leads to that field.
    const summary = page.locator('.db-error-summary');
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Titel: Vul dit veld in.', 'Categorie: Vul dit veld in.', 'Actielijn: Vul dit veld in.']);
    await summary.getByRole('link', { name: 'Categorie: Vul dit veld in.' }).click();
    expect(await page.getByLabel('Categorie').evaluate((control) => control === document.activeElement)).toBe(true);
    expect(await summary.getByRole('link', { name: 'Titel: Vul dit veld in.' }).getAttribute('href')).toBe(`#${await page.getByLabel('Titel').getAttribute('id')}`);
    // A required field shows an asterisk beside its label (hidden from screen readers: the control says it is required).
    for (const [role, label] of [['combobox', 'Alliantie'], ['textbox', 'Titel'], ['combobox', 'Categorie'], ['combobox', 'Actielijn']] as const) {
      expect(await page.locator('label', { hasText: label }).locator('[aria-hidden="true"]').textContent()).toBe(' *');
      expect(await page.getByRole(role, { name: label, exact: true }).getAttribute('aria-required')).toBe('true');
    }
    expect(await page.locator('label', { hasText: 'Wetsartikel' }).locator('[aria-hidden="true"]').count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'Wetsartikel', exact: true }).getAttribute('aria-required')).toBeNull();
    expect(writes).toBe(0);
    await checkScreen(page, 'vastloper-form-errors');

    await reportVastloper(page, publicTitle, false);
    await checkScreen(page, 'vastloper-detail');
    await reportVastloper(page, confidentialTitle, true);

    await page.goto(`${webUrl()}/vastlopers?zoek=${encodeURIComponent(run)}`);
    await page.getByRole('link', { name: publicTitle }).waitFor();
    await checkScreen(page, 'vastlopers-list');
    // Filters live in the URL: a reload keeps them.
    await page.reload();
    await page.getByRole('link', { name: publicTitle }).waitFor();
    expect(await page.getByLabel('Zoeken').inputValue()).toBe(run);

    await page.goto(`${webUrl()}/vastlopers?weergave=bord&zoek=${encodeURIComponent(run)}`);
    await page.getByTestId('ladder-board').waitFor();
    await checkScreen(page, 'vastlopers-board');

    await page.goto(`${webUrl()}/allianties/rotterdam-zuid`);
    await page.getByRole('heading', { name: 'Escalatieladder' }).waitFor();
    await checkScreen(page, 'alliance');

    await page.goto(`${webUrl()}/meldingen/voorkeuren`);
    await page.getByRole('heading', { level: 1, name: 'Voorkeuren voor meldingen' }).waitFor();
    await checkScreen(page, 'notification-preferences');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('every action of the detail page works with the keyboard alone: acknowledge, progress, escalate, park, unpark, resolve', async () => {
    const { context, page, errors } = await newPage(browser);
    const title = `Toetsenbordpad ${run}`;
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, account('programmadirecteur'));
    const { createVastloper } = await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId: alliances.find((alliance) => alliance.slug === AREA)?.id, title, category: 'UITVOERING', actielijn: 'MEEDOEN' } },
      account('programmadirecteur'),
    );
    await signIn(page, account('programmadirecteur'));
    await page.goto(`${webUrl()}/vastlopers/${createVastloper.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    // From wherever the focus is, Tab on until the element with this text has it.
    const focusOn = async (name: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 150; i += 1) {
        await page.keyboard.press('Tab');
        const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
        if (label === name) return;
        seen.push(label.slice(0, 40));
      }
      throw new Error(`no focusable "${name}" among ${JSON.stringify([...new Set(seen)])}`);
    };
    const done = (action: string) => page.getByText(`Gelukt: ${action}.`).waitFor();
    // An opened form moves the focus to its first field: type only once it is there.
    const focusIn = async (selector: string) => {
      await page.waitForFunction((wanted) => document.activeElement?.matches(wanted) ?? false, selector, { timeout: 5000 }).catch(async () => {
        throw new Error(`the focus is not in ${selector} but on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}`);
      });
    };

    await focusOn('In behandeling nemen');
    await page.keyboard.press('Enter');
    await done('In behandeling nemen');

    await focusOn('Voortgang melden');
    await page.keyboard.press('Enter');
    await focusIn('textarea');
    await page.keyboard.type('Gesprek met de corporatie gevoerd.');
    await focusOn('Voortgang melden');
    await page.keyboard.press('Enter');
    await done('Voortgang melden');
    await page.getByText('Gesprek met de corporatie gevoerd.').waitFor();

    await focusOn('Opschalen');
    await page.keyboard.press('Enter');
    await focusIn('textarea');
    await page.keyboard.type('Het programmabureau komt er niet uit.');
    await focusOn('Omhoog naar Alliantie');
    await page.keyboard.press('Enter');
    await done('Omhoog naar Alliantie');
    expect(await page.getByText('Open · Alliantie').count()).toBeGreaterThan(0);

    // Parked until three weeks from now (a day in Amsterdam), typed in the order the date field asks.
    const until = DateTime.now().setZone('Europe/Amsterdam').plus({ weeks: 3 });
    await focusOn('Parkeren');
    await page.keyboard.press('Enter');
    await focusIn('input[type="date"]');
    await typeDate(page, until);
    // Tab leaves the date field after its last part (the picker button may come first).
    for (let i = 0; i < 5 && !(await page.evaluate(() => document.activeElement?.matches('textarea'))); i += 1) {
      await page.keyboard.press('Tab');
    }
    await focusIn('textarea');
    await page.keyboard.type('Wacht op het antwoord van SZW.');
    await focusOn('Parkeren');
    await page.keyboard.press('Enter');
    await done('Parkeren');
    const day = until.setLocale('nl').toFormat('d LLLL yyyy');
    await page.getByText(`${day} — Wacht op het antwoord van SZW.`).waitFor();
    await checkScreen(page, 'vastloper-detail-parked');

    await focusOn('Weer oppakken');
    await page.keyboard.press('Enter');
    await done('Weer oppakken');

    await focusOn('Oplossen');
    await page.keyboard.press('Enter');
    await focusIn('textarea');
    await page.keyboard.type('Opgelost met maatwerk van de gemeente.');
    await focusOn('Oplossen');
    await page.keyboard.press('Enter');
    await done('Oplossen');
    const { vastloper } = await apiCall<{ vastloper: { status: string; timeline: { edges: { node: { cause: string } }[] } } }>(
      'query ($id: ID!) { vastloper(id: $id) { status timeline { edges { node { cause } } } } }',
      { id: createVastloper.id },
      account('programmadirecteur'),
    );
    expect(vastloper.status).toBe('OPGELOST');
    expect(vastloper.timeline.edges.map((edge) => edge.node.cause)).toEqual(['MANUAL', 'RESOLVED']);
    await checkScreen(page, 'vastloper-detail-after-keyboard');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a vastloper's progress shows a page at a time: Meer voortgang tonen brings the older notes, then says the whole list is shown", async () => {
    const { context, page, errors } = await newPage(browser);
    const title = `Lange voortgang ${run}`;
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, account('programmadirecteur'));
    const { createVastloper } = await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId: alliances.find((alliance) => alliance.slug === AREA)?.id, title, category: 'UITVOERING', actielijn: 'MEEDOEN' } },
      account('programmadirecteur'),
    );
    // One more note than a page holds.
    for (let note = 1; note <= 21; note += 1) {
      await apiCall('mutation ($itemId: ID!, $text: String!) { addProgress(itemId: $itemId, text: $text) { id } }', { itemId: createVastloper.id, text: `Voortgangsnotitie ${note}.` }, account('programmadirecteur'));
    }
    await signIn(page, account('programmadirecteur'));
    await page.goto(`${webUrl()}/vastlopers/${createVastloper.id}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const notes = page.locator('section[aria-labelledby="progress-heading"] li');
    await page.getByText('Voortgangsnotitie 21.').waitFor();
    expect(await notes.count()).toBe(20);
    expect(await page.getByText(/: Voortgangsnotitie 1\.$/).count()).toBe(0);
    // The other lists are short: no button under them.
    expect(await page.getByRole('button', { name: 'Meer escalaties tonen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Meer voortgang tonen' }).scrollIntoViewIfNeeded();
    await checkScreen(page, 'vastloper-detail-progress-first-page');

    await page.getByRole('button', { name: 'Meer voortgang tonen' }).click();
    await page.getByText(/: Voortgangsnotitie 1\.$/).waitFor();
    expect(await notes.count()).toBe(21);
    await page.getByText('De hele lijst wordt getoond.').waitFor();
    expect(await page.getByRole('button', { name: 'Meer voortgang tonen' }).count()).toBe(0);
    await checkScreen(page, 'vastloper-detail-progress-all-shown');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the partner sees no confidential item and no action it may not use', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('partner'));
    await checkScreen(page, 'start-partner');
    await page.goto(`${webUrl()}/vastlopers?zoek=${encodeURIComponent(run)}`);
    await page.getByRole('link', { name: publicTitle }).waitFor();
    expect(await page.getByRole('link', { name: confidentialTitle }).count()).toBe(0);

    await page.getByRole('link', { name: publicTitle }).click();
    await page.getByRole('heading', { level: 1, name: publicTitle }).waitFor();
    await page.getByRole('button', { name: 'Voortgang melden' }).waitFor();
    for (const refused of ['Opschalen', 'Terugzetten', 'Oplossen', 'Intrekken', 'Parkeren', 'Bewerken', 'In behandeling nemen']) {
      expect(await page.getByRole('button', { name: refused }).count()).toBe(0);
    }
    await checkScreen(page, 'vastloper-detail-partner');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the mayor sees the next meeting and what is stuck per rung', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('burgemeester'));
    await page.getByRole('heading', { name: 'Wat vastzit, per trede' }).waitFor();
    await checkScreen(page, 'start-mayor');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the rijksvertegenwoordiger finds "Voor Den Haag"', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('rijksvertegenwoordiger'));
    await page.getByRole('heading', { name: 'Voor Den Haag' }).waitFor();
    await checkScreen(page, 'start-rijksvertegenwoordiger');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the national coordinator sees the areas side by side, and the notifications', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('coordinator'));
    await page.getByRole('heading', { name: 'De focusgebieden naast elkaar' }).waitFor();
    expect(await page.locator('#areas-caption').count()).toBe(1);
    await checkScreen(page, 'start-national-coordinator');
    await page.goto(`${webUrl()}/meldingen`);
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await checkScreen(page, 'notifications');
    await page.goto(`${webUrl()}/toegankelijkheid`);
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await checkScreen(page, 'accessibility-statement');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the main navigation fits 1280 and 768 wide without sideways scrolling, and its menu works with the keyboard', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('coordinator'));
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const entries = ['Start', 'Vastlopers', 'Doorbraken', 'Vergaderingen', 'Besluiten', 'Actiepunten', 'Dashboard', 'Focusgebieden'];
    const menu = nav.getByRole('button', { name: 'Menu' });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

    // 1280 wide: every entry in one row, the current one marked, no menu button.
    const tops = new Set<number>();
    for (const name of entries) {
      const box = await nav.getByRole('link', { name, exact: true }).boundingBox();
      expect(box).not.toBeNull();
      tops.add(Math.round(box?.y ?? -1));
    }
    expect(tops.size).toBe(1);
    expect(await nav.getByRole('link', { name: 'Start', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await menu.isVisible()).toBe(false);
    expect(await sideways()).toBe(false);

    // 768 wide: the entries behind the menu button, which opens and closes with the keyboard.
    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await sideways()).toBe(false);
    expect(await nav.getByRole('link', { name: 'Vastlopers', exact: true }).isVisible()).toBe(false);
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const name of entries) {
      expect(await nav.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    }
    expect(await sideways()).toBe(false);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vastlopers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vastlopers' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await nav.getByRole('link', { name: 'Vastlopers', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Start', exact: true }).getAttribute('aria-current')).toBeNull();
    await checkScreen(page, 'navigation-menu-open');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two open tabs stay signed in', async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, account('programmadirecteur'));
    const second = await context.newPage();
    await second.goto(`${webUrl()}/vastlopers`);
    await second.getByRole('heading', { level: 1, name: 'Vastlopers' }).waitFor({ timeout: 20000 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor({ timeout: 20000 });
    await second.reload();
    await second.getByRole('heading', { level: 1, name: 'Vastlopers' }).waitFor({ timeout: 20000 });
    await context.close();
  });
});
