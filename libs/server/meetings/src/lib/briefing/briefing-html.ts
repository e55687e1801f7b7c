import { formatDutchDate, formatDutchDayAndTime, type EscalationRung } from '@doorbraak/domain';
import type { MeetingBriefing } from './briefing.model';

const RUNG_NAMES: Readonly<Record<EscalationRung, string>> = {
  PROGRAMMABUREAU: 'programmabureau',
  ALLIANTIE: 'alliantietafel',
  RIJKSVERTEGENWOORDIGER: 'rijksvertegenwoordiger',
  INTERDEPARTEMENTAAL: 'interdepartementale werkgroep',
  DOORBRAAKOVERLEG: 'doorbraakoverleg',
};

const ACTIELIJN_NAMES: Readonly<Record<string, string>> = {
  SAMENHANGENDE_AANPAK: 'Samenhangende aanpak',
  WONINGEN_EN_WIJKEN: 'Woningen en wijken',
  MEEDOEN: 'Meedoen',
  VEILIGHEID: 'Veiligheid',
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const rung = (value: EscalationRung | null): string => (value ? RUNG_NAMES[value] : '—');

// A bounded list says how many more there are (the full lists are in the application).
const list = (items: readonly string[], empty: string, total = items.length): string =>
  items.length === 0
    ? `<p class="empty">${escape(empty)}</p>`
    : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>${total > items.length ? `<p class="more">… en nog ${total - items.length}.</p>` : ''}`;

const section = (title: string, body: string): string => `<section><h2>${escape(title)}</h2>${body}</section>`;

// The briefing as an HTML document for the PDF: Dutch, semantic headings and tables, so the tagged PDF
// that Chromium makes from it is readable by assistive technology.
export const briefingHtml = (briefing: MeetingBriefing): string => {
  const { meeting, alliance } = briefing;
  const ownerOf = (id: string | null): string => (id ? (briefing.ownerNames.get(id) ?? '') : '');
  const period = `${formatDutchDate(briefing.from)} tot en met ${formatDutchDate(briefing.to)}`;
  const figures = `<table><caption>Cijfers per actielijn, ${escape(period)}</caption>
    <thead><tr><th scope="col">Actielijn</th><th scope="col">Open vastlopers</th><th scope="col">Nieuw</th><th scope="col">Opgelost</th>
    <th scope="col">Geëscaleerd</th><th scope="col">Teruggelegd</th><th scope="col">Doorbraken</th></tr></thead><tbody>
    ${briefing.figures
      .map(
        (row) =>
          `<tr><th scope="row">${escape(ACTIELIJN_NAMES[row.actielijn] ?? row.actielijn)}</th><td>${row.openVastlopers}</td><td>${row.newVastlopers}</td>` +
          `<td>${row.resolvedVastlopers}</td><td>${row.escalated}</td><td>${row.deEscalated}</td><td>${row.doorbrakenAchieved}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Briefing ${escape(meeting.title)} — ${escape(formatDutchDate(meeting.scheduledAt))}</title>
<style>
  @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
  h1 { font-size: 18pt; margin: 0 0 4pt; color: #154273; }
  h2 { font-size: 12.5pt; margin: 16pt 0 6pt; color: #154273; border-bottom: 1px solid #c0cdd9; padding-bottom: 2pt; }
  p.meta { margin: 0 0 2pt; color: #444; }
  p.empty { color: #555; font-style: italic; }
  ul { margin: 0; padding-left: 16pt; }
  li { margin-bottom: 3pt; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
  caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
  th, td { border: 1px solid #c0cdd9; padding: 3pt 5pt; text-align: right; }
  th[scope="row"], thead th:first-child { text-align: left; }
  .tag { font-weight: bold; color: #a90061; }
  p.more { margin: 2pt 0 0; color: #444; }
</style>
</head>
<body>
<header>
  <h1>Briefing voor de burgemeester</h1>
  <p class="meta"><strong>${escape(alliance.name)}</strong></p>
  <p class="meta">${escape(meeting.title)}, ${escape(formatDutchDayAndTime(meeting.scheduledAt))}${meeting.location ? `, ${escape(meeting.location)}` : ''}</p>
  <p class="meta">Wat er veranderde van ${escape(period)}${briefing.previousMeeting ? ' (sinds de vorige vergadering)' : ''}.</p>
</header>
<main>
${section(
  'Besluiten op deze agenda',
  list(
    briefing.decisionsNeeded.map((item) => `${item.position}. ${escape(item.title)}${item.kind === 'ESCALATION' ? ' <span class="tag">(escalatie)</span>' : ''}`),
    'Er staan geen besluiten op de agenda.',
  ),
)}
${section(
  'Nieuwe vastlopers',
  list(
    briefing.newVastlopers.map((item) => `${escape(item.title)} — bij ${escape(rung(item.rung))}${ownerOf(item.ownerId) ? `, eigenaar ${escape(ownerOf(item.ownerId))}` : ''}`),
    'Geen nieuwe vastlopers.', briefing.totals.newVastlopers,
  ),
)}
${section(
  'Geëscaleerd',
  list(
    briefing.escalated.map((move) => `${escape(move.item.title)}: van ${escape(rung(move.fromRung))} naar ${escape(rung(move.toRung))} (${escape(formatDutchDate(move.at))})`),
    'Niets geëscaleerd.', briefing.totals.escalated,
  ),
)}
${section(
  'Teruggelegd',
  list(
    briefing.deEscalated.map((move) => `${escape(move.item.title)}: van ${escape(rung(move.fromRung))} naar ${escape(rung(move.toRung))} (${escape(formatDutchDate(move.at))})`),
    'Niets teruggelegd.', briefing.totals.deEscalated,
  ),
)}
${section(
  'Vastgelopen aan de top',
  list(briefing.stalledAtTop.map((item) => `${escape(item.title)} — te lang zonder voortgang bij het doorbraakoverleg`), 'Niets staat te lang stil bij het doorbraakoverleg.', briefing.totals.stalledAtTop),
)}
${section(
  'Ministerie te laat',
  list(
    briefing.answerOverdue.map((item) => `${escape(item.title)} — niet op tijd in behandeling genomen of beantwoord bij ${escape(rung(item.rung))}`),
    'Geen ministerie te laat.', briefing.totals.answerOverdue,
  ),
)}
${section(
  'Bereikte doorbraken',
  list(
    briefing.doorbrakenAchieved.map((item) => `${escape(item.title)}${item.impact ? `: ${escape(item.impact)}` : ''} (${escape(formatDutchDate(item.achievedAt))}, bij ${escape(rung(item.achievedAtRung))})`),
    'Geen nieuwe doorbraken.', briefing.totals.doorbrakenAchieved,
  ),
)}
${section(
  'Actiepunten over de einddatum',
  list(
    briefing.overdueActionItems.map((item) => `${escape(item.description)} — ${escape(ownerOf(item.ownerId) || 'zonder eigenaar')}, uiterlijk ${escape(formatDutchDate(item.dueDate))}`),
    'Geen actiepunten over de einddatum.', briefing.totals.overdueActionItems,
  ),
)}
${section(
  'Openstaande toezeggingen',
  list(
    briefing.openCommitments.map((item) => `${escape(item.description)} — uiterlijk ${escape(formatDutchDate(item.dueDate))}`),
    'Geen openstaande toezeggingen.', briefing.totals.openCommitments,
  ),
)}
${section(
  'Geen update',
  list(
    briefing.noUpdate.map((item) => `${escape(item.title)}${item.ownerName ? ` — ${escape(item.ownerName)}` : ''}`),
    'Alle eigenaren gaven een update, of er is nog niet om gevraagd.', briefing.totals.noUpdate,
  ),
)}
${section('Cijfers per actielijn', figures)}
</main>
</body>
</html>`;
};
