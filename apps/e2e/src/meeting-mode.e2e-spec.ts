import type { Browser } from 'playwright-core';
import { launchBrowser, webUrl } from './support/browser.launcher';
import { heardOnPage, untilPageListens } from './support/live-probe';
import { meetingModeControls } from './support/screen-checks';
import { account, apiCall, checkScreen, newPage, signIn } from './support/web-client';

jest.setTimeout(420000);

// An area of its own, so no other test's meetings are "the next meeting" here by surprise.
const AREA = 'arnhem-oost';
const run = Date.now().toString(36);
const title = `Bestuurlijk overleg ${run}`;
const stuck = `Geen nachtopvang voor jongeren ${run}`;
const director = account('programmadirecteur', AREA);
const mayor = account('burgemeester', AREA);
const partner = account('partner', AREA);

const personId = async (email: string): Promise<{ id: string; name: string; organisation: string | null }> =>
  (await apiCall<{ me: { id: string; name: string; organisation: string | null } }>('{ me { id name organisation } }', {}, email)).me;

const ADD_ITEM = `mutation ($meetingId: ID!, $input: AddAgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`;
const CREATE_MEETING = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`;

describe('meeting mode', () => {
  let browser: Browser;
  let meetingId = '';
  let vastloperId = '';
  let carriedId = '';
  let partnerName = '';
  let partnerOption = '';
  let allianceId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const { alliances } = await apiCall<{ alliances: { id: string; slug: string }[] }>('{ alliances { id slug } }', {}, director);
    allianceId = alliances.find((alliance) => alliance.slug === AREA)?.id ?? '';
    const [chair, programme, member] = await Promise.all([personId(mayor), personId(director), personId(partner)]);
    partnerName = member.name;
    partnerOption = member.organisation ? `${member.name} (${member.organisation})` : member.name;
    ({ createVastloper: { id: vastloperId } } = await apiCall<{ createVastloper: { id: string } }>(
      'mutation ($input: CreateVastloperInput!) { createVastloper(input: $input) { id } }',
      { input: { allianceId, title: stuck, category: 'HUISVESTING', actielijn: 'VEILIGHEID' } },
      director,
    ));
    await apiCall('mutation ($id: ID!) { escalate(itemId: $id, reason: "Het programmabureau komt er niet uit") { __typename } }', { id: vastloperId }, director);
    // Begun half an hour ago, so it can be marked held; the next one of its type takes carried-over items.
    ({ createMeeting: { id: meetingId } } = await apiCall<{ createMeeting: { id: string } }>(
      CREATE_MEETING,
      {
        input: {
          allianceId,
          type: 'BESTUURLIJK',
          title,
          location: 'Stadhuis, kamer 2',
          scheduledAt: new Date(Date.now() - 30 * 60_000).toISOString(),
          attendeePersonIds: [chair.id, programme.id, member.id],
        },
      },
      director,
    ));
    await apiCall(
      CREATE_MEETING,
      { input: { allianceId, type: 'BESTUURLIJK', title: `Volgend overleg ${run}`, scheduledAt: new Date(Date.now() + 28 * 86_400_000).toISOString() } },
      director,
    );
    await apiCall(ADD_ITEM, { meetingId, input: { title: 'Opening en mededelingen', kind: 'INFORMATION', minutesAllotted: 5, presenterId: chair.id } }, director);
    await apiCall(ADD_ITEM, { meetingId, input: { title: stuck, kind: 'ESCALATION', minutesAllotted: 20, vastloperId, presenterId: programme.id } }, director);
    ({ addAgendaItem: { id: carriedId } } = await apiCall<{ addAgendaItem: { id: string } }>(
      ADD_ITEM,
      { meetingId, input: { title: 'Woningtoewijzing voor starters', kind: 'DISCUSSION', minutesAllotted: 15 } },
      director,
    ));
    await apiCall('mutation ($id: ID!) { publishAgenda(meetingId: $id) { status } }', { id: meetingId }, director);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the programme director runs the meeting, the mayor approves the minutes, and then they are read-only', async () => {
    const { page, context, errors } = await newPage(browser);
    await signIn(page, director);
    await page.goto(`${webUrl()}/vergaderingen/${meetingId}/vergadermodus`);
    await page.getByRole('heading', { level: 1, name: `Vergadermodus: ${title}` }).waitFor();
    expect(await page.title()).toBe(`Vergadermodus: ${title} · Doorbraak`);
    await page.getByRole('heading', { level: 2, name: '1. Opening en mededelingen' }).waitFor();
    await checkScreen(page, 'meeting-mode-item');

    // Attendance: the mayor and the director are there, the partner is not.
    const attendance = page.getByRole('group', { name: 'Wie is aanwezig?' });
    await attendance.getByRole('checkbox', { name: new RegExp(`^${(await personId(mayor)).name}`) }).check();
    await attendance.getByRole('checkbox', { name: new RegExp(`^${(await personId(director)).name}`) }).check();
    await page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await page.getByText('De aanwezigheid is opgeslagen.').waitFor();

    // To the escalated item, with the keyboard: the link "Volgend punt", then Enter.
    await page.getByRole('link', { name: 'Volgend punt →' }).focus();
    await page.keyboard.press('Enter');
    const item = page.getByRole('region', { name: `2. ${stuck} Geëscaleerd` });
    await item.waitFor();
    expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.textContent])).toEqual(['H2', `2. ${stuck}Geëscaleerd`]);
    expect(page.url()).toContain('punt=2');
    await item.getByText('Vastloper · Alliantie · Open').waitFor();

    await item.getByLabel('Korte notulen bij dit punt').fill('Besproken met de woningcorporatie en de jeugdzorg.');
    await item.getByRole('button', { name: 'Notulen opslaan' }).click();
    await item.getByText(`De notulen bij “${stuck}” zijn opgeslagen.`).waitFor();

    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByRole('textbox', { name: /^Besluit/ }).fill('De gemeente opent de nachtopvang in de Gildekamer.');
    await item.getByRole('radio', { name: 'Vastloper opgelost' }).check();
    // A half-filled decision survives the window changing size (a tablet turned, a window narrowed), and
    // the click that submits it lands on the button: the page does not jump under the pointer.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await item.getByRole('textbox', { name: /^Besluit/ }).inputValue()).toBe('De gemeente opent de nachtopvang in de Gildekamer.');
    expect(await item.getByRole('radio', { name: 'Vastloper opgelost' }).isChecked()).toBe(true);
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await item.getByText('Het besluit is vastgelegd.').waitFor();
    await item.getByText('Vastloper · Alliantie · Opgelost').waitFor();
    const { vastloper } = await apiCall<{ vastloper: { status: string } }>('query ($id: ID!) { vastloper(id: $id) { status } }', { id: vastloperId }, director);
    expect(vastloper.status).toBe('OPGELOST');

    await item.getByRole('button', { name: 'Actiepunt toevoegen' }).click();
    // Submitting empty shows the error summary, which takes focus.
    await item.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
    await page.getByRole('heading', { name: 'Controleer de volgende velden' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('db-error-summary');
    await checkScreen(page, 'meeting-mode-forms');
    await item.getByLabel('Omschrijving').fill('Zoekt een tweede locatie voor de nachtopvang.');
    await item.getByLabel('Eigenaar').selectOption({ label: partnerOption });
    await item.getByLabel('Einddatum').fill('2027-03-01');
    await item.getByRole('button', { name: 'Actiepunt vastleggen' }).click();
    await item.getByText('Het actiepunt is vastgelegd.').waitFor();
    await item.getByText(`Zoekt een tweede locatie voor de nachtopvang. — ${partnerName}, uiterlijk 1 maart 2027`).waitFor();

    // The last item did not get its turn: it goes to the next meeting.
    await page.getByRole('link', { name: /^3\. Woningtoewijzing voor starters/ }).click();
    const last = page.getByRole('region', { name: '3. Woningtoewijzing voor starters' });
    await last.getByRole('button', { name: 'Doorschuiven naar de volgende vergadering' }).click();
    await last.getByText(/is doorgeschoven naar Volgend overleg/).waitFor();
    await last.getByRole('link', { name: /^Doorgeschoven naar Volgend overleg/ }).waitFor();
    const carried = await apiCall<{ meeting: { agenda: { id: string; carriedOverTo: { id: string } | null }[] } }>(
      'query ($id: ID!) { meeting(id: $id) { agenda { id carriedOverTo { id } } } }',
      { id: meetingId },
      director,
    );
    expect(carried.meeting.agenda.find((row) => row.id === carriedId)?.carriedOverTo).not.toBeNull();

    await page.getByRole('link', { name: 'Hele agenda' }).click();
    await page.getByRole('heading', { level: 3, name: '1. Opening en mededelingen' }).waitFor();
    await checkScreen(page, 'meeting-mode-list');

    await page.getByRole('button', { name: 'Vergadering als gehouden markeren' }).click();
    await page.getByText('Is de vergadering afgelopen?', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ja, markeer als gehouden' }).click();
    await page.getByText('De vergadering is als gehouden gemarkeerd.').waitFor();
    await page.getByText(/· Gehouden$/).waitFor();
    expect(errors).toEqual([]);

    // The mayor reads the minutes and approves them.
    const chair = await newPage(browser);
    await signIn(chair.page, mayor);
    await chair.page.goto(`${webUrl()}/vergaderingen/${meetingId}/vergadermodus?weergave=verslag`);
    const minutes = chair.page.getByTestId('minutes');
    await minutes.getByText('Besproken met de woningcorporatie en de jeugdzorg.').waitFor();
    await minutes.getByText('De gemeente opent de nachtopvang in de Gildekamer.').waitFor();
    await minutes.getByText(/Zoekt een tweede locatie voor de nachtopvang/).waitFor();
    await checkScreen(chair.page, 'meeting-mode-minutes-mayor');
    await chair.page.getByRole('button', { name: 'Notulen vaststellen' }).click();
    await chair.page.getByRole('button', { name: 'Ja, stel de notulen vast' }).click();
    await chair.page.getByRole('heading', { name: 'De notulen zijn vastgesteld' }).waitFor();
    expect(await meetingModeControls(chair.page)).toEqual([]);
    await checkScreen(chair.page, 'meeting-mode-approved');
    expect(chair.errors).toEqual([]);
    await chair.context.close();

    // The director, too, now sees the approved minutes only, and the API refuses a change.
    await page.reload();
    await page.getByRole('heading', { name: 'De notulen zijn vastgesteld' }).waitFor();
    await page.getByTestId('minutes').getByText('Aanwezig').first().waitFor();
    expect(await meetingModeControls(page)).toEqual([]);
    await expect(
      apiCall('mutation ($id: ID!) { recordAgendaMinute(agendaItemId: $id, minute: "Achteraf") { id } }', { id: carriedId }, director),
    ).rejects.toThrow(/"code":"INVALID_TRANSITION".*"reason":"MINUTES_READ_ONLY"/);
    await context.close();

    // Someone who only reads sees the same minutes.
    const reader = await newPage(browser);
    await signIn(reader.page, partner);
    await reader.page.goto(`${webUrl()}/vergaderingen/${meetingId}/vergadermodus`);
    await reader.page.getByTestId('minutes').getByText('De gemeente opent de nachtopvang in de Gildekamer.').waitFor();
    expect(await meetingModeControls(reader.page)).toEqual([]);
    await reader.context.close();
  });

  it('the mayor following the meeting sees what the programme director records, without reloading and without losing what she types', async () => {
    const liveTitle = `Alliantietafel live ${run}`;
    const [chair, programme] = await Promise.all([personId(mayor), personId(director)]);
    const { createMeeting: held } = await apiCall<{ createMeeting: { id: string } }>(
      CREATE_MEETING,
      {
        input: {
          allianceId,
          type: 'ALLIANTIE',
          title: liveTitle,
          scheduledAt: new Date(Date.now() - 15 * 60_000).toISOString(),
          attendeePersonIds: [chair.id, programme.id],
        },
      },
      director,
    );
    await apiCall(ADD_ITEM, { meetingId: held.id, input: { title: 'Jongerenwerk in de wijk', kind: 'DISCUSSION', minutesAllotted: 20 } }, director);
    await apiCall('mutation ($id: ID!) { publishAgenda(meetingId: $id) { status } }', { id: held.id }, director);

    const secretary = await newPage(browser);
    await signIn(secretary.page, director);
    await secretary.page.goto(`${webUrl()}/vergaderingen/${held.id}/vergadermodus`);
    const recording = secretary.page.getByRole('region', { name: '1. Jongerenwerk in de wijk' });
    await recording.waitFor();

    const following = await newPage(browser);
    await signIn(following.page, mayor);
    const heard = heardOnPage(following.page);
    await following.page.goto(`${webUrl()}/vergaderingen/${held.id}/vergadermodus`);
    const watching = following.page.getByRole('region', { name: '1. Jongerenwerk in de wijk' });
    await watching.waitFor();
    const attendance = following.page.getByRole('region', { name: 'Aanwezigheid' });
    await attendance.getByText('niemand').waitFor();
    // Changes are told only to a page that listens: wait until the API has this page's subscription.
    await untilPageListens(heard, held.id);
    let navigations = 0;
    following.page.on('framenavigated', (frame) => {
      if (frame === following.page.mainFrame()) navigations += 1;
    });
    // Meanwhile the mayor is writing a decision of her own.
    await watching.getByRole('button', { name: 'Besluit vastleggen' }).click();
    const draft = watching.getByRole('textbox', { name: /^Besluit/ });
    await draft.fill('De burgemeester vraagt de partners om een plan');

    await secretary.page.getByRole('group', { name: 'Wie is aanwezig?' }).getByRole('checkbox', { name: new RegExp(`^${chair.name}`) }).check();
    await secretary.page.getByRole('button', { name: 'Aanwezigheid opslaan' }).click();
    await secretary.page.getByText('De aanwezigheid is opgeslagen.').waitFor();
    await attendance.getByText(chair.name).waitFor();

    await recording.getByLabel('Korte notulen bij dit punt').fill('De jongerenwerkers zijn er vanaf maart elke avond.');
    await recording.getByRole('button', { name: 'Notulen opslaan' }).click();
    await recording.getByText('De notulen bij “Jongerenwerk in de wijk” zijn opgeslagen.').waitFor();
    await watching.getByText('De jongerenwerkers zijn er vanaf maart elke avond.').waitFor();

    await recording.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await recording.getByRole('textbox', { name: /^Besluit/ }).fill('Het jongerenwerk krijgt een vaste plek in het buurthuis.');
    await recording.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await recording.getByText('Het besluit is vastgelegd.').waitFor();
    await watching.getByText('Het jongerenwerk krijgt een vaste plek in het buurthuis.').waitFor();

    // Nothing was loaded again, and the mayor's half-written decision is still there; she can record it.
    expect(navigations).toBe(0);
    expect(await draft.inputValue()).toBe('De burgemeester vraagt de partners om een plan');
    await draft.fill('De burgemeester vraagt de partners om een plan voor de zomer.');
    await watching.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await watching.getByText('Het besluit is vastgelegd.').waitFor();
    await recording.getByText('De burgemeester vraagt de partners om een plan voor de zomer.').waitFor();

    expect(secretary.errors).toEqual([]);
    expect(following.errors).toEqual([]);
    await secretary.context.close();
    await following.context.close();
  });
});
