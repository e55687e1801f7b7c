import type { APIResponse, Browser, Route } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { dragAgendaHandle, expectAgendaOrder } from './support/screen-checks';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(180000);

const run = Date.now().toString(36);
const DIRECTOR = account('programmadirecteur');
const MEETING_TITLE = `Alliantietafel agenda ${run}`;
const SEARCHED = `Geen jongerenhuisvesting ${run}`;
const URGENT = `Schuldhulp loopt vast ${run}`;

// An afternoon some weeks ahead (14:00 or 15:00 in Amsterdam).
const afternoon = (daysAhead: number): string => {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 13)).toISOString();
};

describe('the agenda editor', () => {
  let browser: Browser;
  let meetingId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, DIRECTOR);
    const allianceId = alliances.find((alliance) => alliance.slug === 'rotterdam-zuid')?.id;
    const { createMeeting } = await apiCall<{ createMeeting: { id: string } }>(
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      { input: { type: 'ALLIANTIE', allianceId, title: MEETING_TITLE, scheduledAt: afternoon(45), durationMinutes: 60, location: 'Wijkpaviljoen Hillesluis' } },
      DIRECTOR,
    );
    meetingId = createMeeting.id;
    for (const [title, minutesAllotted] of [
      ['Opening en mededelingen', 10],
      ['Schoolroutes en verkeersveiligheid', 30],
      ['Rondvraag', 15],
    ] as const) {
      await apiCall(
        `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`,
        { meetingId, input: { title, kind: 'DISCUSSION', minutesAllotted } },
        DIRECTOR,
      );
    }
    for (const title of [SEARCHED, URGENT]) {
      await apiCall(
        `mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }`,
        { input: { allianceId, title, category: 'HUISVESTING', actielijn: 'MEEDOEN', description: 'Er is geen plek voor jongeren die uit de jeugdzorg komen.' } },
        DIRECTOR,
      );
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the programme director adds, reorders by drag and by keys, publishes and amends; the mayor sees it happen without a reload', async () => {
    const director = await newPage(browser);
    await signIn(director.page, DIRECTOR);
    const { page } = director;
    await page.goto(`${webUrl()}/vergaderingen/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();
    await expectAgendaOrder(page, ['Opening en mededelingen', 'Schoolroutes en verkeersveiligheid', 'Rondvraag']);
    await page.getByText('Samen 55 van 60 minuten').waitFor();
    await expect(page.getByRole('link', { name: 'Vergadermodus' }).getAttribute('href')).resolves.toBe(`/vergaderingen/${meetingId}/vergadermodus`);
    await expect(page.getByRole('link', { name: 'Briefing' }).getAttribute('href')).resolves.toBe(`/vergaderingen/${meetingId}/briefing`);
    await checkScreen(page, 'agenda-draft');

    // The mayor reads along in a browser of her own.
    const mayor = await newPage(browser);
    await signIn(mayor.page, account('burgemeester'));
    await mayor.page.goto(`${webUrl()}/vergaderingen/${meetingId}`);
    await mayor.page.getByRole('heading', { level: 1, name: MEETING_TITLE }).waitFor();
    await expectAgendaOrder(mayor.page, ['Opening en mededelingen', 'Schoolroutes en verkeersveiligheid', 'Rondvraag']);
    expect(await mayor.page.getByRole('button', { name: /^Verplaats/ }).count()).toBe(0);
    expect(await mayor.page.getByRole('button', { name: 'Agenda publiceren' }).count()).toBe(0);
    let mayorNavigations = 0;
    mayor.page.on('framenavigated', (frame) => {
      if (frame === mayor.page.mainFrame()) mayorNavigations += 1;
    });

    // Add an item by searching a vastloper: the agenda now runs over, said in words.
    await page.getByLabel('Zoek een vastloper of doorbraak').fill(run);
    await page.getByRole('status').filter({ hasText: /resultaten?$/ }).waitFor();
    await checkScreen(page, 'agenda-search');
    await page.getByRole('button', { name: `Agenderen: vastloper “${SEARCHED}”` }).click();
    await page.getByText(`“${SEARCHED}” staat nu op de agenda, op plaats 4.`).waitFor();
    await expectAgendaOrder(page, ['Opening en mededelingen', 'Schoolroutes en verkeersveiligheid', 'Rondvraag', SEARCHED]);
    await page.getByText('Te lang: Let op: de agenda duurt 5 minuten langer dan de vergadering.').waitFor();
    await page.getByText('Samen 65 van 60 minuten').waitFor();

    // Drag the new item to the top with the mouse.
    await dragAgendaHandle(page, `Verplaats “${SEARCHED}” (plaats 4 van 4)`, 'Verplaats “Opening en mededelingen” (plaats 1 van 4)');
    await page.getByText(`Agendapunt “${SEARCHED}” staat nu op plaats 1 van 4.`).waitFor();
    await expectAgendaOrder(page, [SEARCHED, 'Opening en mededelingen', 'Schoolroutes en verkeersveiligheid', 'Rondvraag']);
    // The mayor's screen follows, without a reload.
    await expectAgendaOrder(mayor.page, [SEARCHED, 'Opening en mededelingen', 'Schoolroutes en verkeersveiligheid', 'Rondvraag']);

    // And by keys alone: focus the handle of "Rondvraag", two presses up; focus stays on it.
    await page.getByRole('button', { name: 'Verplaats “Rondvraag” (plaats 4 van 4)' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('status').filter({ hasText: 'Agendapunt' }).textContent()).resolves.toBe('Agendapunt “Rondvraag” staat nu op plaats 3 van 4.');
    await page.keyboard.press('ArrowUp');
    await page.getByRole('status').filter({ hasText: 'Agendapunt “Rondvraag” staat nu op plaats 2 van 4.' }).waitFor();
    await expectAgendaOrder(page, [SEARCHED, 'Rondvraag', 'Opening en mededelingen', 'Schoolroutes en verkeersveiligheid']);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Verplaats “Rondvraag”'));
    await expectAgendaOrder(mayor.page, [SEARCHED, 'Rondvraag', 'Opening en mededelingen', 'Schoolroutes en verkeersveiligheid']);
    // Focus moves on to another handle; a change made elsewhere redraws the list and must not take focus back.
    await page.getByRole('button', { name: 'Verplaats “Opening en mededelingen” (plaats 3 van 4)' }).focus();
    const { meeting } = await apiCall<{ meeting: { agenda: { id: string; title: string }[] } }>(
      'query ($id: ID!) { meeting(id: $id) { agenda { id title } } }',
      { id: meetingId },
      DIRECTOR,
    );
    const schoolroutes = meeting.agenda.find((item) => item.title === 'Schoolroutes en verkeersveiligheid')?.id;
    await apiCall('mutation ($id: ID!, $input: UpdateAgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id } }', { id: schoolroutes, input: { minutesAllotted: 35 } }, DIRECTOR);
    await page.getByText('Samen 70 van 60 minuten').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Verplaats “Opening en mededelingen” (plaats 3 van 4)');
    // The order is the API's, not only the screen's.
    await page.reload();
    await expectAgendaOrder(page, [SEARCHED, 'Rondvraag', 'Opening en mededelingen', 'Schoolroutes en verkeersveiligheid']);

    // Publish, after confirming.
    await page.getByRole('button', { name: 'Agenda publiceren' }).click();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('De agenda is gepubliceerd.').waitFor();
    await page.getByText('Agenda gepubliceerd', { exact: true }).waitFor();
    await mayor.page.getByText('Agenda gepubliceerd', { exact: true }).waitFor();

    // An urgent amendment: an escalated vastloper pulled onto the published agenda.
    await page.getByLabel('Zoek een vastloper of doorbraak').fill(URGENT.split(' ').pop() ?? run);
    await page.getByLabel(/^Als urgent punt toevoegen/).check();
    await page.getByRole('button', { name: `Agenderen: vastloper “${URGENT}”` }).click();
    await page.getByText(`“${URGENT}” staat nu op de agenda, op plaats 5.`).waitFor();
    const urgentItem = page.locator('.db-agenda > li').filter({ has: page.getByRole('heading', { name: URGENT }) });
    await urgentItem.getByText('Urgent', { exact: true }).waitFor();
    await urgentItem.getByText('Escalatie', { exact: true }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wijzigingen na publicatie' }).waitFor();
    // The kind of change once, as a badge, then the item.
    const amendment = page.locator('.db-agenda-amendments li').filter({ hasText: URGENT });
    await amendment.waitFor();
    expect((await amendment.textContent())?.match(/Toegevoegd/g)).toHaveLength(1);
    // Escalations are carried over, never removed.
    expect(await urgentItem.getByRole('button', { name: 'Verwijderen' }).count()).toBe(0);
    await checkScreen(page, 'agenda-published');

    await mayor.page.locator('.db-agenda > li h3', { hasText: URGENT }).waitFor();
    expect(mayorNavigations).toBe(0);
    await checkScreen(mayor.page, 'agenda-mayor');

    // In English the amendment is told in English.
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Changes since publication' }).waitFor();
    expect(await amendment.getByText('Added', { exact: true }).count()).toBe(1);
    expect(await amendment.textContent()).not.toMatch(/Toegevoegd/);

    expect(director.errors).toEqual([]);
    expect(mayor.errors).toEqual([]);
    await director.context.close();
    await mayor.context.close();
  });

  it('a live reload that left before a move was committed answers with the old order, and the screen keeps the move', async () => {
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, DIRECTOR);
    const { createMeeting } = await apiCall<{ createMeeting: { id: string } }>(
      `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      { input: { type: 'ALLIANTIE', allianceId: alliances.find((alliance) => alliance.slug === 'rotterdam-zuid')?.id, title: `Volgorde ${run}`, scheduledAt: afternoon(52), durationMinutes: 60 } },
      DIRECTOR,
    );
    const ids: string[] = [];
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      const { addAgendaItem } = await apiCall<{ addAgendaItem: { id: string } }>(
        `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`,
        { meetingId: createMeeting.id, input: { title, kind: 'DISCUSSION', minutesAllotted: 10 } },
        DIRECTOR,
      );
      ids.push(addAgendaItem.id);
    }
    const director = await newPage(browser);
    await signIn(director.page, DIRECTOR);
    const { page } = director;
    await page.goto(`${webUrl()}/vergaderingen/${createMeeting.id}`);
    await expectAgendaOrder(page, ['Eerste', 'Tweede', 'Derde']);

    // Hold the agenda's next read (with the answer the API gave when it was asked) and the move, so they
    // arrive in the order that undid moves: the stale read first, the move's own answer after it.
    let readHeld: (held: { route: Route; answer: APIResponse }) => void = () => undefined;
    let moveHeld: (route: Route) => void = () => undefined;
    const read = new Promise<{ route: Route; answer: APIResponse }>((resolve) => (readHeld = resolve));
    const moving = new Promise<Route>((resolve) => (moveHeld = resolve));
    const seen = { read: false, move: false };
    await page.route('**/graphql', async (route) => {
      const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      if (operation === 'MeetingAgendaPage' && !seen.read) {
        seen.read = true;
        readHeld({ route, answer: await route.fetch() });
      } else if (operation === 'MoveAgendaItem' && !seen.move) {
        seen.move = true;
        moveHeld(route);
      } else {
        await route.continue();
      }
    });
    // Someone else's change: the page reads the agenda afresh (still in the old order).
    await apiCall('mutation ($id: ID!, $input: UpdateAgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id } }', { id: ids[0], input: { minutesAllotted: 20 } }, DIRECTOR);
    const stale = await read;

    await page.getByRole('button', { name: 'Verplaats “Derde” (plaats 3 van 3)' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('status').filter({ hasText: 'Agendapunt “Derde” staat nu op plaats 2 van 3.' }).waitFor();
    await expectAgendaOrder(page, ['Eerste', 'Derde', 'Tweede']);
    const move = await moving;

    // The stale read lands (its new total shows), and the move stays on screen.
    await stale.route.fulfill({ response: stale.answer });
    await page.getByText('Samen 40 van 60 minuten').waitFor();
    await expectAgendaOrder(page, ['Eerste', 'Derde', 'Tweede']);
    // A second press before the first move has answered goes on from where the first left the item, and
    // reaches the API after it (positions are absolute: the other way round it would end at place 2).
    const answered = (position: number) =>
      page.waitForResponse((response) => {
        const sent = response.request().postDataJSON() as { operationName?: string; variables?: { position?: number } } | null;
        return sent?.operationName === 'MoveAgendaItem' && sent.variables?.position === position;
      });
    const bothAnswered = Promise.all([answered(2), answered(1)]);
    await page.keyboard.press('ArrowUp');
    await page.getByRole('status').filter({ hasText: 'Agendapunt “Derde” staat nu op plaats 1 van 3.' }).waitFor();
    await expectAgendaOrder(page, ['Derde', 'Eerste', 'Tweede']);
    await move.continue();
    await bothAnswered;
    await page.unroute('**/graphql');
    await expectAgendaOrder(page, ['Derde', 'Eerste', 'Tweede']);
    await page.reload();
    await expectAgendaOrder(page, ['Derde', 'Eerste', 'Tweede']);
    expect(director.errors).toEqual([]);
    await director.context.close();
  });
});
