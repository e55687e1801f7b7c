import { DateTime } from 'luxon';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(420000);

const run = Date.now().toString(36);
const ZONE = 'Europe/Amsterdam';
// Every run plans on its own day, weeks ahead, so runs against one database never meet.
const base = DateTime.now().setZone(ZONE).startOf('day').plus({ days: 60 + (Date.now() % 97) });
const isoDate = (day: DateTime): string => day.toFormat('yyyy-MM-dd');
// What a person types: the Dutch day-month-year.
const typed = (day: DateTime): string => day.toFormat('dd-MM-yyyy');
const monthParam = (day: DateTime): string => day.toFormat('yyyy-MM');

// Presses Tab until the focused element is the one named, as a keyboard user would.
const tabTo = async (page: Page, name: RegExp, limit = 60): Promise<void> => {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element ? (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`no focusable element named ${name} within ${limit} tabs`);
};

// The theme's danger colour as the browser computes it, to compare with a button's background.
const dangerColour = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--db-color-danger)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
const background = (button: Locator): Promise<string> => button.evaluate((element) => getComputedStyle(element).backgroundColor);

// Whether an element lies wholly inside the window and inside its dialog's visible box.
// When it is not, the boxes measured come along, to say why.
const inSight = async (page: Page, dialog: Locator, element: Locator): Promise<Record<string, unknown>> => {
  const [box, frame] = await Promise.all([element.boundingBox(), dialog.boundingBox()]);
  const window = page.viewportSize();
  if (!box || !frame || !window) throw new Error('the element or its dialog is not shown');
  const within = (outer: { x: number; y: number; width: number; height: number }): boolean =>
    box.x >= outer.x && box.y >= outer.y && box.x + box.width <= outer.x + outer.width && box.y + box.height <= outer.y + outer.height;
  const inWindow = within({ x: 0, y: 0, ...window });
  const inDialog = within(frame);
  return inWindow && inDialog ? { inWindow, inDialog } : { inWindow, inDialog, box, frame, window };
};

// The same once the layout has settled: focus moving to the error summary, or a new window size, scrolls the
// dialog first. What is measured after 2 s is the answer.
const settledInSight = async (page: Page, dialog: Locator, element: Locator): Promise<Record<string, unknown>> => {
  const deadline = Date.now() + 2_000;
  for (;;) {
    const seen = await inSight(page, dialog, element);
    if ((seen['inWindow'] && seen['inDialog']) || Date.now() > deadline) return seen;
    await page.waitForTimeout(100);
  }
};

const seriesOf = async (title: string): Promise<{ title: string; scheduledAt: string; status: string }[]> => {
  const { meetings } = await apiCall<{ meetings: { edges: { node: { title: string; scheduledAt: string; status: string } }[] } }>(
    'query ($filter: MeetingFilter) { meetings(filter: $filter, first: 100) { edges { node { title scheduledAt status } } } }',
    { filter: { from: base.minus({ days: 1 }).toISO(), to: base.plus({ weeks: 10 }).toISO() } },
    account('programmadirecteur'),
  );
  return meetings.edges.map((edge) => edge.node).filter((meeting) => meeting.title === title);
};

describe('the meetings screens', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the programme director sees the list and the calendar, plans a meeting and a series, moves one and cancels one', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('programmadirecteur'));

    await page.getByRole('link', { name: 'Vergaderingen', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergaderingen' }).waitFor();
    expect(await page.title()).toBe('Vergaderingen · Doorbraak');
    const upcoming = page.getByRole('table', { name: 'Komende vergaderingen, de eerstvolgende bovenaan' });
    await upcoming.waitFor();
    // Soonest first, in Dutch with Amsterdam time.
    const firstRow = upcoming.locator('tbody tr').first();
    expect(await firstRow.locator('td').first().textContent()).toMatch(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    await checkScreen(page, 'meetings-upcoming');

    await page.getByRole('link', { name: 'Eerdere vergaderingen' }).click();
    const past = page.getByRole('table', { name: 'Eerdere vergaderingen, de meest recente bovenaan' });
    await past.waitFor();
    expect(page.url()).toContain('periode=eerder');
    await checkScreen(page, 'meetings-past');

    await page.getByRole('link', { name: 'Maandkalender' }).click();
    await page.getByRole('table', { name: /^Vergaderingen in / }).waitFor();
    expect(page.url()).toContain('weergave=kalender');
    await checkScreen(page, 'meetings-calendar');

    // A one-off meeting; first with nothing filled in, so the errors show.
    await page.getByRole('link', { name: 'Vergadering plannen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergadering plannen' }).waitFor();
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.getByText('Controleer de volgende velden').waitFor();
    await checkScreen(page, 'meeting-plan-errors');
    const single = `Extra alliantietafel ${run}`;
    await page.getByLabel('Soort vergadering').selectOption('ALLIANTIE');
    await page.getByLabel(/^Titel/).fill(single);
    await page.getByRole('textbox', { name: 'Datum', exact: true }).fill(typed(base));
    await page.getByLabel('Begintijd').fill('14:00');
    await page.getByLabel(/^Locatie/).fill('Stadhuis Rotterdam');
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/, { timeout: 20000 });

    // A series every two weeks, three dates, the middle one skipped.
    const seriesTitle = `Programmateam reeks ${run}`;
    await page.goto(`${webUrl()}/vergaderingen/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Vergadering plannen' }).waitFor();
    await page.getByLabel('Soort vergadering').selectOption('PROGRAMMATEAM');
    await page.getByLabel(/^Titel/).fill(seriesTitle);
    await page.getByRole('textbox', { name: 'Datum', exact: true }).fill(typed(base.plus({ days: 1 })));
    await page.getByLabel('Begintijd').fill('09:30');
    await page.getByLabel('Duur').selectOption('90');
    await page.getByLabel('Herhaling').selectOption('2');
    await page.getByLabel(/^Laatste datum van de reeks/).fill(typed(base.plus({ days: 1, weeks: 4 })));
    const skipped = base.plus({ days: 1, weeks: 2 });
    const boxes = page.getByRole('group', { name: 'Data van de reeks' }).getByRole('checkbox');
    await page.getByText('3 vergaderingen worden gepland.').waitFor();
    expect(await boxes.count()).toBe(3);
    await page.getByRole('checkbox', { name: new RegExp(`^Vervalt: ${skipped.setLocale('nl').toFormat('d LLLL yyyy')} om 09:30$`) }).check();
    await page.getByText('2 vergaderingen worden gepland.').waitFor();
    await checkScreen(page, 'meeting-plan-series');
    await page.getByRole('button', { name: 'Reeks plannen' }).click();
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/, { timeout: 20000 });
    const planned = await seriesOf(seriesTitle);
    expect(planned.map((meeting) => DateTime.fromISO(meeting.scheduledAt).setZone(ZONE).toFormat('yyyy-MM-dd HH:mm'))).toEqual([
      `${isoDate(base.plus({ days: 1 }))} 09:30`,
      `${isoDate(base.plus({ days: 1, weeks: 4 }))} 09:30`,
    ]);

    // Both show in the calendar of their month; the skipped date does not.
    await page.goto(`${webUrl()}/vergaderingen?weergave=kalender&maand=${monthParam(skipped)}`);
    const calendar = page.getByRole('table', { name: /^Vergaderingen in / });
    await calendar.waitFor();
    const seriesLinks = calendar.getByRole('link', { name: new RegExp(`${seriesTitle}, Concept$`) });
    // The calendar shows whole weeks, so a meeting in the days of the month before or after that share a
    // week with this month shows too.
    const gridStart = skipped.startOf('month').startOf('week');
    const gridEnd = skipped.endOf('month').endOf('week');
    const expectedInMonth = [base.plus({ days: 1 }), base.plus({ days: 1, weeks: 4 })].filter((day) => day >= gridStart && day <= gridEnd).length;
    // The table stands while the month's meetings load: wait for them before counting. Two weeks either
    // side of the skipped date, at least one of the series' meetings falls in its month.
    await seriesLinks.first().waitFor();
    expect(await seriesLinks.count()).toBe(expectedInMonth);
    const skippedCell = calendar.locator('td', { hasText: skipped.setLocale('nl').toFormat('cccc d LLLL yyyy') });
    expect(await skippedCell.getByRole('link', { name: new RegExp(seriesTitle) }).count()).toBe(0);

    // Move the one-off meeting to 10:30 the next day, from its row in the list.
    await page.goto(`${webUrl()}/vergaderingen`);
    const row = page.getByRole('row', { name: new RegExp(single) });
    await row.waitFor();
    await row.getByRole('button', { name: new RegExp(`^Verplaatsen: ${single}`) }).click();
    const moveDialog = page.getByRole('dialog', { name: `${single} verplaatsen` });
    await moveDialog.waitFor();
    await checkScreen(page, 'meeting-move-dialog');
    await moveDialog.getByLabel('Nieuwe datum').fill(typed(base.plus({ days: 2 })));
    await moveDialog.getByLabel('Nieuwe begintijd').fill('10:30');
    await moveDialog.getByRole('button', { name: 'Verplaatsen', exact: true }).click();
    await moveDialog.waitFor({ state: 'hidden' });
    await page.getByText(`${single} is verplaatst naar`).waitFor();
    expect(await row.locator('td').first().textContent()).toBe(`${base.plus({ days: 2 }).setLocale('nl').toFormat('d LLLL yyyy')} om 10:30`);

    // Cancel it with a reason; the dialog says what happens to escalated items.
    await row.getByRole('button', { name: new RegExp(`^Annuleren: ${single}`) }).click();
    const cancelDialog = page.getByRole('dialog', { name: `${single} annuleren` });
    await cancelDialog.waitFor();
    await cancelDialog.getByText(/geëscaleerde punt/).waitFor();
    await cancelDialog.getByRole('button', { name: 'Vergadering annuleren' }).click();
    await cancelDialog.getByText('Controleer de volgende velden').waitFor();
    // With the error summary shown, the buttons stay in sight: inside the window and inside the dialog's visible box.
    for (const size of [
      { width: 1280, height: 800 },
      { width: 768, height: 1024 },
    ]) {
      await page.setViewportSize(size);
      for (const name of ['Vergadering annuleren', 'Terug']) {
        expect({ size, name, ...(await settledInSight(page, cancelDialog, cancelDialog.getByRole('button', { name, exact: true }))) }).toEqual({ size, name, inWindow: true, inDialog: true });
      }
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await checkScreen(page, 'meeting-cancel-dialog');
    // A destructive confirmation, in the danger colour like every other one.
    const danger = await dangerColour(page);
    expect(await background(cancelDialog.getByRole('button', { name: 'Vergadering annuleren' }))).toBe(danger);
    await cancelDialog.getByLabel('Reden van de annulering').fill('De burgemeester is verhinderd');
    await cancelDialog.getByRole('button', { name: 'Vergadering annuleren' }).click();
    await cancelDialog.waitFor({ state: 'hidden' });
    await row.getByText('Geannuleerd', { exact: true }).waitFor();
    await row.getByText('Reden: De burgemeester is verhinderd').waitFor();
    expect(await row.getByRole('button', { name: /^Annuleren/ }).count()).toBe(0);
    await checkScreen(page, 'meetings-after-cancel');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('the month calendar works with the keyboard alone', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('programmadirecteur'));
    const thisMonth = DateTime.now().setZone(ZONE);
    await page.goto(`${webUrl()}/vergaderingen?weergave=kalender`);
    const heading = page.getByRole('heading', { level: 2, name: thisMonth.setLocale('nl').toFormat('LLLL yyyy') });
    await heading.waitFor();

    await tabTo(page, /^Volgende maand/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: thisMonth.plus({ months: 1 }).setLocale('nl').toFormat('LLLL yyyy') }).waitFor();
    expect(page.url()).toContain(`maand=${monthParam(thisMonth.plus({ months: 1 }))}`);
    // The link keeps focus after the month changes, so a second Enter goes on another month.
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: thisMonth.plus({ months: 2 }).setLocale('nl').toFormat('LLLL yyyy') }).waitFor();

    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/Vorige maand$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: thisMonth.plus({ months: 1 }).setLocale('nl').toFormat('LLLL yyyy') }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Vandaag');
    await page.keyboard.press('Enter');
    await heading.waitFor();
    expect(page.url()).not.toContain('maand=');

    // On to a meeting of some month ahead, and open it.
    let month = thisMonth;
    for (let step = 0; step < 6 && (await page.getByRole('table', { name: /^Vergaderingen in / }).getByRole('link').count()) === 0; step += 1) {
      month = month.plus({ months: 1 });
      await page.goto(`${webUrl()}/vergaderingen?weergave=kalender&maand=${monthParam(month)}`);
      await page.waitForLoadState('networkidle');
    }
    const firstMeeting = page.getByRole('table', { name: /^Vergaderingen in / }).getByRole('link').first();
    const name = (await firstMeeting.getAttribute('aria-label')) ?? '';
    await tabTo(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('the calendar subscription: create, copy, replace and revoke the private address', async () => {
    const { context, page, errors } = await newPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webUrl() });
    await signIn(page, account('programmadirecteur'));
    // Start without a feed, whatever an earlier run left.
    await apiCall('mutation { revokeCalendarFeed }', {}, account('programmadirecteur'));

    await page.goto(`${webUrl()}/vergaderingen`);
    await page.getByRole('link', { name: /agenda-abonnement/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda-abonnement' }).waitFor();
    await page.getByText('U heeft nog geen agenda-abonnement.').waitFor();
    await page.getByText('Het adres wordt maar één keer getoond.').waitFor();
    await checkScreen(page, 'calendar-feed-none');

    await page.getByRole('button', { name: 'Adres aanmaken' }).click();
    const address = page.getByLabel('Uw persoonlijke agenda-adres');
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${webUrl()}/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await page.getByRole('button', { name: 'Adres kopiëren' }).click();
    await page.getByText('Het adres is gekopieerd naar het klembord.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const feed = await page.request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    await checkScreen(page, 'calendar-feed-created');

    // Shown once: after a reload the address is gone, the subscription stays.
    await page.reload();
    await page.getByText(/U heeft een actief agenda-abonnement sinds/).waitFor();
    expect(await page.getByLabel('Uw persoonlijke agenda-adres').count()).toBe(0);
    await checkScreen(page, 'calendar-feed-active');

    // Replacing asks first, then the old address stops working.
    await page.getByRole('button', { name: 'Nieuw adres aanmaken' }).click();
    // Not destructive: the confirmation is a plain one.
    expect(await background(page.getByRole('button', { name: 'Ja, nieuw adres aanmaken' }))).not.toBe(await dangerColour(page));
    await page.getByRole('button', { name: 'Ja, nieuw adres aanmaken' }).click();
    const replaced = await page.getByLabel('Uw persoonlijke agenda-adres').inputValue();
    expect(replaced).not.toBe(url);
    expect((await page.request.get(url)).status()).toBe(404);

    await page.getByRole('button', { name: 'Abonnement intrekken' }).click();
    await page.getByText(/Het adres werkt dan niet meer/).waitFor();
    expect(await background(page.getByRole('button', { name: 'Ja, intrekken' }))).toBe(await dangerColour(page));
    await page.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('Het agenda-abonnement is ingetrokken.', { exact: false }).waitFor();
    await page.getByText('U heeft nog geen agenda-abonnement.').waitFor();
    expect((await page.request.get(replaced)).status()).toBe(404);

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a mayor, who may not plan, sees the meetings without plan, move or cancel actions', async () => {
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('burgemeester'));
    await page.goto(`${webUrl()}/vergaderingen`);
    await page.getByRole('table', { name: 'Komende vergaderingen, de eerstvolgende bovenaan' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Vergadering plannen' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Verplaatsen|Annuleren)/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Acties' }).count()).toBe(0);
    await checkScreen(page, 'meetings-mayor');

    await page.goto(`${webUrl()}/vergaderingen/nieuw`);
    await page.getByText('U kunt geen vergaderingen plannen.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Vergadering plannen' }).count()).toBe(0);
    await checkScreen(page, 'meeting-plan-not-allowed');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('a list longer than a page shows the next page under "Meer tonen", without gaps or repeats', async () => {
    // A weekly series for a year: more upcoming meetings than one page of 50.
    const { meetingPlanning } = await apiCall<{ meetingPlanning: { allianceId: string | null }[] }>('{ meetingPlanning { allianceId } }', {}, account('programmadirecteur'));
    const allianceId = meetingPlanning.find((scope) => scope.allianceId)?.allianceId;
    const { createMeetingSeries } = await apiCall<{ createMeetingSeries: { meetings: { edges: { node: { id: string } }[] } } }>(
      'mutation ($input: CreateMeetingSeriesInput!) { createMeetingSeries(input: $input) { meetings(first: 100) { edges { node { id } } } } }',
      {
        input: {
          type: 'PROGRAMMATEAM',
          allianceId,
          title: `Wekelijks programmateam ${run}`,
          scheduledAt: base.plus({ days: 2, hours: 8 }).toISO(),
          durationMinutes: 60,
          intervalWeeks: 1,
        },
      },
      account('programmadirecteur'),
    );
    const { context, page, errors } = await newPage(browser);
    await signIn(page, account('programmadirecteur'));
    await page.goto(`${webUrl()}/vergaderingen`);
    const upcoming = page.getByRole('table', { name: 'Komende vergaderingen, de eerstvolgende bovenaan' });
    await upcoming.waitFor();
    const rows = upcoming.locator('tbody tr');
    expect(await rows.count()).toBe(50);
    const total = Number((await page.locator('.db-summary').textContent())?.match(/^(\d+) vergaderingen/)?.[1]);
    expect(total).toBeGreaterThan(50);
    const more = page.getByRole('button', { name: 'Meer tonen' });
    await checkScreen(page, 'meetings-more');

    // With the keyboard, as with the mouse.
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((expected) => document.querySelectorAll('table tbody tr').length === expected, Math.min(total, 100));
    while ((await more.count()) > 0) {
      const shown = await rows.count();
      await more.click();
      await page.waitForFunction((before) => document.querySelectorAll('table tbody tr').length > before, shown);
    }
    expect(await rows.count()).toBe(total);
    // The button made way for a line saying so, and focus went there, not back to the page.
    await page.waitForFunction(() => document.activeElement?.textContent === 'De hele lijst wordt getoond.');
    const links = await upcoming.locator('tbody tr th a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(new Set(links).size).toBe(total);

    expect(errors).toEqual([]);
    await context.close();
    // The series is not there for the specs after this one.
    for (const { node: { id } } of createMeetingSeries.meetings.edges) {
      await apiCall('mutation ($id: ID!) { cancelMeeting(meetingId: $id, reason: "Proef afgelopen") { id } }', { id }, account('programmadirecteur'));
    }
  });
});
