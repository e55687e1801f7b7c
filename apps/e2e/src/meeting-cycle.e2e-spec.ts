import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { E2E_SWEEP_EVERY } from './support/e2e-stack';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { createVastloper, isoDay } from './support/meeting-fixtures';
import { dragAgendaHandle, expectAgendaOrder, meetingModeControls, pdfText, sticksOut } from './support/screen-checks';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(480000);

// An area of its own: its ladder is compressed, so its open items climb, which no other test watches.
const AREA = 'vlaardingen-west';
const ZONE = 'Europe/Amsterdam';
const run = Date.now().toString(36);
const DIRECTOR = account('programmadirecteur', AREA);
const MAYOR = account('burgemeester', AREA);
const PARTNER = account('partner', AREA);
const TITLE = `Alliantietafel cyclus ${run}`;
const SEARCHED = `Geen stageplekken voor mbo-studenten ${run}`;
const STUCK = `Geen huisvesting voor statushouders ${run}`;
const ESCALATED = `Escalatie: ${STUCK}`;
const DECISION = 'De corporatie stelt tien woningen beschikbaar voor statushouders.';
const ACTION = `Voordracht van de eerste vijf gezinnen ${run}`;

// How long an item waits at the programme office before it climbs, while this test runs.
const STALLS_AFTER = 'PT3S';
// The meeting starts on the first whole minute at least this long after it is planned: enough for the
// agenda and the escalation before the start under load, and not much more, since the test waits for it.
// On a quiet machine all the steps before the start took 33 s of it.
const LEAD_SECONDS = 50;

const LADDER = `mutation ($allianceId: ID!, $rungs: [RungSettingInput!]!) {
  updateEscalationLadder(allianceId: $allianceId, rungs: $rungs) { rung } }`;

const person = async (email: string): Promise<{ id: string; name: string; organisation: string | null }> =>
  (await apiCall<{ me: { id: string; name: string; organisation: string | null } }>('{ me { id name organisation } }', {}, email)).me;

// How many open items of the alliance still wait at the programme office.
const openAtProgrammeOffice = async (allianceId: string): Promise<number> => {
  const { vastlopers, doorbraken } = await apiCall<{ vastlopers: { totalCount: number }; doorbraken: { totalCount: number } }>(
    `query ($allianceId: ID!) {
      vastlopers(filter: { allianceId: $allianceId, rung: PROGRAMMABUREAU, statuses: [OPEN, IN_BEHANDELING] }) { totalCount }
      doorbraken(filter: { allianceId: $allianceId, rung: PROGRAMMABUREAU, statuses: [LOPEND] }) { totalCount } }`,
    { allianceId },
    DIRECTOR,
  );
  return vastlopers.totalCount + doorbraken.totalCount;
};

describe('the meeting cycle', () => {
  let browser: Browser;
  let allianceId = '';
  let allianceName = '';
  let director: Awaited<ReturnType<typeof newPage>>;
  // The meetings this test plans; whatever of them is still open afterwards is cancelled, so a later
  // run's escalation and briefing do not meet them.
  const created: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string; name: string }[] }>('{ alliances { id slug name } }', {}, DIRECTOR);
    const alliance = alliances.find((candidate) => candidate.slug === AREA);
    allianceId = alliance?.id ?? '';
    allianceName = alliance?.name ?? '';
    // The programme office's rung stalls after seconds; the alliance keeps the national default, so
    // what climbs stays on the alliance's agenda.
    await apiCall(LADDER, { allianceId, rungs: [{ rung: 'PROGRAMMABUREAU', duration: STALLS_AFTER }] }, DIRECTOR);
    // The item to search for climbs now too, before the meeting exists; and so does whatever the seed
    // left at the programme office, so only this test's stalled item lands on this test's agenda.
    // Meanwhile the programme director signs in.
    const climbed = async () => {
      await createVastloper(DIRECTOR, allianceId, SEARCHED);
      const deadline = Date.now() + 60_000;
      while ((await openAtProgrammeOffice(allianceId)) > 0) {
        if (Date.now() > deadline) throw new Error('the ladder did not move the programme office items within a minute');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    const signedIn = async () => {
      const opened = await newPage(browser);
      await signIn(opened.page, DIRECTOR);
      return opened;
    };
    [director] = await Promise.all([signedIn(), climbed()]);
  });

  afterAll(async () => {
    if (allianceId) {
      await apiCall(LADDER, { allianceId, rungs: [] }, DIRECTOR).catch(() => undefined);
    }
    for (const id of created) {
      await apiCall('mutation ($id: ID!) { cancelMeeting(meetingId: $id) { status } }', { id }, DIRECTOR).catch(() => undefined);
    }
    await browser?.close();
  });

  it(`plans, prepares, holds and approves an alliance meeting, with an escalation the ladder places by itself (sweeps every ${E2E_SWEEP_EVERY}), and briefs the mayor on the next one`, async () => {
    // 1. The programme director plans the meeting with the form: it starts shortly, so it is the
    // alliance's next meeting (where the ladder puts what climbs) and can be marked held in this test.
    const { page } = director;
    await page.goto(`${webUrl()}/vergaderingen/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Vergadering plannen' }).waitFor();
    await page.getByLabel('Soort vergadering').selectOption('ALLIANTIE');
    await page.getByLabel(/^Titel/).fill(TITLE);
    await page.getByLabel(/^Locatie/).fill('Stadskantoor Vlaardingen');
    const fillStart = async () => {
      const at = DateTime.now().setZone(ZONE).plus({ seconds: LEAD_SECONDS }).startOf('minute').plus({ minutes: 1 });
      await page.getByRole('textbox', { name: 'Datum', exact: true }).fill(at.toFormat('dd-MM-yyyy'));
      await page.getByLabel('Begintijd').fill(at.toFormat('HH:mm'));
      return at;
    };
    await fillStart();
    await checkScreen(page, 'cycle-plan');
    // The start is set again just before planning, so the time the screen check took is not lost.
    const startsAt = await fillStart();
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.waitForURL(/\/vergaderingen\/[0-9a-f-]{36}$/, { timeout: 20000 });
    const meetingId = page.url().split('/').pop() ?? '';
    created.push(meetingId);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Er staan nog geen punten op de agenda.').waitFor();

    // The plan form has no attendee list: who is invited is set through the API.
    const [mayor, programme, partner] = await Promise.all([person(MAYOR), person(DIRECTOR), person(PARTNER)]);
    await apiCall(
      'mutation ($id: ID!, $personIds: [ID!]!) { setMeetingAttendees(meetingId: $id, personIds: $personIds) { id } }',
      { id: meetingId, personIds: [mayor.id, programme.id, partner.id] },
      DIRECTOR,
    );

    // 2. The agenda: two items of its own, one vastloper found by searching.
    const add = page.getByRole('region', { name: 'Punt toevoegen' });
    for (const title of ['Opening en mededelingen', 'Rondvraag']) {
      await add.getByLabel(/^Titel/).fill(title);
      await add.getByRole('button', { name: 'Punt toevoegen' }).click();
      await page.locator('.db-agenda > li h3', { hasText: title }).waitFor();
    }
    await page.getByLabel('Zoek een vastloper of doorbraak').fill(run);
    await page.getByRole('button', { name: `Agenderen: vastloper “${SEARCHED}”` }).click();
    await page.getByText(`“${SEARCHED}” staat nu op de agenda, op plaats 3.`).waitFor();
    await expectAgendaOrder(page, ['Opening en mededelingen', 'Rondvraag', SEARCHED]);

    // The vastloper to the top, dragged with the mouse.
    await dragAgendaHandle(page, `Verplaats “${SEARCHED}” (plaats 3 van 3)`, 'Verplaats “Opening en mededelingen” (plaats 1 van 3)');
    await page.getByText(`Agendapunt “${SEARCHED}” staat nu op plaats 1 van 3.`).waitFor();
    await expectAgendaOrder(page, [SEARCHED, 'Opening en mededelingen', 'Rondvraag']);

    // "Rondvraag" one up with the keyboard alone; the move is announced and focus stays on the handle.
    await page.getByRole('button', { name: 'Verplaats “Rondvraag” (plaats 3 van 3)' }).focus();
    await page.keyboard.press('ArrowUp');
    await page.getByRole('status').filter({ hasText: 'Agendapunt “Rondvraag” staat nu op plaats 2 van 3.' }).waitFor();
    await expectAgendaOrder(page, [SEARCHED, 'Rondvraag', 'Opening en mededelingen']);
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Verplaats “Rondvraag”'));
    await checkScreen(page, 'cycle-agenda-draft');

    // 3. A vastloper stalls at the programme office; the ladder puts it on this agenda while the page is open.
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations += 1;
    });
    const stuckId = await createVastloper(DIRECTOR, allianceId, STUCK);
    await page.getByText('De agenda is bijgewerkt door de escalatieladder.').waitFor({ timeout: 60000 });
    await expectAgendaOrder(page, [SEARCHED, 'Rondvraag', 'Opening en mededelingen', ESCALATED]);
    const escalated = page.locator('.db-agenda > li').filter({ has: page.getByRole('heading', { name: ESCALATED }) });
    await escalated.getByText('Escalatie', { exact: true }).first().waitFor();
    expect(navigations).toBe(0);

    // Published, after confirming.
    await page.getByRole('button', { name: 'Agenda publiceren' }).click();
    await page.getByRole('button', { name: 'Ja, publiceren' }).click();
    await page.getByText('De agenda is gepubliceerd.').waitFor();
    await page.getByText('Agenda gepubliceerd', { exact: true }).waitFor();
    // Before it begins, the meeting cannot be marked held through the API, and meeting mode does not offer it.
    await expect(apiCall('mutation ($id: ID!) { markMeetingHeld(meetingId: $id) { status } }', { id: meetingId }, DIRECTOR)).rejects.toThrow(
      /"code":"INVALID_TRANSITION","reason":"MEETING_NOT_STARTED"/,
    );

    // 4. Meeting mode: attendance, then at the escalated item a minute, a decision that resolves it and an action item.
    await page.goto(`${webUrl()}/vergaderingen/${meetingId}/vergadermodus`);
    await page.getByRole('heading', { level: 1, name: `Vergadermodus: ${TITLE}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Vergadering als gehouden markeren' }).count()).toBe(0);
    expect(DateTime.now() < startsAt).toBe(true);
    const attendance = page.getByRole('group', { name: 'Wie is aanwezig?' });
    await attendance.getByRole('checkbox', { name: new RegExp(`^${mayor.name}`) }).check();
    await attendance.getByRole('checkbox', { name: new RegExp(`^${programme.name}`) }).check();
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await page.getByText('De aanwezigheid is opgeslagen.').waitFor();

    await page.goto(`${webUrl()}/vergaderingen/${meetingId}/vergadermodus?punt=4`);
    const item = page.getByRole('region', { name: `4. ${ESCALATED} Geëscaleerd` });
    await item.waitFor();
    await item.getByText('Vastloper · Alliantie · Open').waitFor();
    await item.getByLabel('Korte notulen bij dit punt').fill('De corporatie en de gemeente zijn het eens over tien woningen.');
    await item.getByRole('button', { name: 'Notulen opslaan' }).click();
    await item.getByText(`De notulen bij “${ESCALATED}” zijn opgeslagen.`).waitFor();

    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByRole('textbox', { name: /^Besluit/ }).fill(DECISION);
    await item.getByRole('radio', { name: 'Vastloper opgelost' }).check();
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByText('Het besluit is vastgelegd.').waitFor();
    await item.getByText('Vastloper · Alliantie · Opgelost').waitFor();

    await item.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    await item.getByLabel('Omschrijving').fill(ACTION);
    await item.getByLabel('Eigenaar').selectOption({ label: partner.organisation ? `${partner.name} (${partner.organisation})` : partner.name });
    const due = isoDay(21);
    await item.getByLabel('Einddatum').fill(due);
    await item.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
    await item.getByText('Het actiepunt is vastgelegd.').waitFor();
    const dueText = DateTime.fromISO(due).setLocale('nl').toFormat('d LLLL yyyy');
    await item.getByText(`${ACTION} — ${partner.name}, uiterlijk ${dueText}`).waitFor();
    await checkScreen(page, 'cycle-meeting-mode');
    // The published agenda is checked now, while the meeting has not begun (its start waits for no screen check).
    await page.goto(`${webUrl()}/vergaderingen/${meetingId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Agenda gepubliceerd', { exact: true }).waitFor();
    await checkScreen(page, 'cycle-agenda-published');
    await page.getByRole('link', { name: 'Vergadermodus' }).click();
    await page.getByRole('link', { name: 'Hele agenda' }).click();
    await page.getByRole('heading', { level: 3, name: `1. ${SEARCHED}` }).waitFor();
    navigations = 0;

    // 5. Until the meeting begins, the mayor reads: the vastloper is resolved, and the briefing of the
    // alliance's next meeting, on a tablet in portrait, comes as a PDF. The director's screen stays open.
    const chair = await newPage(browser);
    await signIn(chair.page, MAYOR);
    await chair.page.goto(`${webUrl()}/vastlopers/${stuckId}`);
    await chair.page.getByRole('heading', { level: 1, name: STUCK }).waitFor();
    await chair.page.getByText('Opgelost · Alliantie').waitFor();
    await checkScreen(chair.page, 'cycle-vastloper-resolved');

    // The next alliance meeting follows this one, so the briefing covers what happened since this one.
    const nextTitle = `Volgende alliantietafel ${run}`;
    const { createMeeting: next } = await apiCall<{ createMeeting: { id: string } }>(
      'mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
      { input: { allianceId, type: 'ALLIANTIE', title: nextTitle, scheduledAt: startsAt.plus({ hours: 2 }).toISO() } },
      DIRECTOR,
    );
    created.push(next.id);
    await chair.page.setViewportSize({ width: 768, height: 1024 });
    await chair.page.goto(`${webUrl()}/vergaderingen/${next.id}/briefing`);
    await chair.page.getByRole('heading', { level: 1, name: `Briefing: ${nextTitle}` }).waitFor();
    await chair.page.getByText(allianceName).first().waitFor();
    await chair.page.getByRole('link', { name: new RegExp(`^Vorige vergadering: ${TITLE} op `) }).waitFor();
    expect(await sticksOut(chair.page)).toEqual([]);
    await checkScreen(chair.page, 'cycle-briefing');
    const [download] = await Promise.all([chair.page.waitForEvent('download'), chair.page.getByRole('button', { name: 'Download als pdf' }).click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdfText(file)).toContain(allianceName);
    await chair.page.getByText('De pdf is gedownload.').waitFor();
    await chair.page.setViewportSize({ width: 1280, height: 800 });

    // 6. The director moves the start forward to a few seconds from now, rather than the test waiting for
    // the whole minute planned with the form. The open meeting-mode screen hears of the move, and offers
    // marking the meeting held once it has begun, without a reload.
    const movedTo = DateTime.now().setZone(ZONE).plus({ seconds: 3 });
    const begins = movedTo < startsAt ? movedTo : startsAt;
    if (begins !== startsAt) {
      await apiCall(
        'mutation ($id: ID!, $input: UpdateMeetingInput!) { updateMeeting(id: $id, input: $input) { id } }',
        { id: meetingId, input: { scheduledAt: begins.toISO() } },
        DIRECTOR,
      );
    }
    const markHeld = page.getByRole('button', { name: 'Vergadering als gehouden markeren' });
    await markHeld.waitFor({ timeout: Math.max(begins.toMillis() - Date.now(), 0) + 15000 });
    expect(Date.now()).toBeGreaterThanOrEqual(begins.toMillis());
    expect(navigations).toBe(0);
    await markHeld.click();
    await page.getByRole('button', { name: 'Ja, markeer als gehouden' }).click();
    await page.getByText('De vergadering is als gehouden gemarkeerd.').waitFor();
    await page.getByText(/· Gehouden$/).waitFor();
    expect(director.errors).toEqual([]);
    await director.context.close();

    // 7. The mayor approves the minutes; then nothing can be changed, on the screen or through the API.
    await chair.page.goto(`${webUrl()}/vergaderingen/${meetingId}/vergadermodus?weergave=verslag`);
    const minutes = chair.page.getByTestId('minutes');
    await minutes.getByText(DECISION).waitFor();
    await minutes.getByText(new RegExp(ACTION)).waitFor();
    await chair.page.getByRole('button', { name: 'Notulen vaststellen' }).click();
    await chair.page.getByRole('button', { name: 'Ja, stel de notulen vast' }).click();
    await chair.page.getByRole('heading', { name: 'De notulen zijn vastgesteld' }).waitFor();
    expect(await meetingModeControls(chair.page)).toEqual([]);
    await checkScreen(chair.page, 'cycle-minutes-approved');
    const { meeting } = await apiCall<{ meeting: { agenda: { id: string; title: string }[] } }>(
      'query ($id: ID!) { meeting(id: $id) { agenda { id title } } }',
      { id: meetingId },
      DIRECTOR,
    );
    const escalatedItemId = meeting.agenda.find((agendaItem) => agendaItem.title === ESCALATED)?.id;
    await expect(
      apiCall('mutation ($id: ID!) { recordAgendaMinute(agendaItemId: $id, minute: "Achteraf") { id } }', { id: escalatedItemId }, DIRECTOR),
    ).rejects.toThrow(/"code":"INVALID_TRANSITION".*"reason":"MINUTES_READ_ONLY"/);
    expect(chair.errors).toEqual([]);
    await chair.context.close();
  });
});
