import { MINISTRIES, type Ministry } from '@doorbraak/domain';
import type { FocusAreaData } from './focus-area-data';

// Themes each ministry answers for in the programme (booklet, "ministries").
const MINISTRY_THEMES: Readonly<Record<Ministry, RegExp>> = {
  BZK: /\b(woning\w*|huisvest\w*|corporatie\w*|wijkvernieuwing|sloop|nieuwbouw|leefbaarheid)/g,
  OCW: /\b(school\w*|onderwijs\w*|leerling\w*|ikc\w*|taal\w*|kinderopvang|schooldag)/g,
  JenV: /\b(crimin\w*|ondermijn\w*|drugs\w*|politie\w*|geweld|justitie|schiet\w*|veiligheid\w*|risicojongeren|persoonsgerichte)/g,
  SZW: /\b(werkloos\w*|baan|banen|uitkering\w*|bijstand\w*|armoede\w*|schulden|inkomen\w*|toeslag\w*|werkgever\w*)/g,
  VWS: /\b(zorg\w*|gezond\w*|ggd|huisarts\w*|psychisch\w*|levensverwachting|jeugdhulp\w*)/g,
};

const INTERVIEWED_RIJKSVERTEGENWOORDIGER = /rijksvertegenwoordiger/i;

const areaText = (area: FocusAreaData): string =>
  [
    ...area.knelpunten.map((item) => `${item.titleNl} ${item.summaryNl}`),
    ...area.doorbraken.map((item) => `${item.titleNl} ${item.summaryNl}`),
    area.characteristics.opvallend,
    area.characteristics.sociaaleconomisch,
  ]
    .join(' ')
    .toLowerCase();

const scoresOf = (text: string): ReadonlyMap<Ministry, number> =>
  new Map(MINISTRIES.map((ministry) => [ministry, text.toLowerCase().match(MINISTRY_THEMES[ministry])?.length ?? 0]));

// The ministry whose themes the text mentions most (ties go to the first in the programme's list);
// null when it mentions none.
const ministryByThemes = (text: string): Ministry | null => {
  const scores = scoresOf(text);
  let best: Ministry | null = null;
  for (const ministry of MINISTRIES) {
    if ((scores.get(ministry) ?? 0) > (best ? (scores.get(best) ?? 0) : 0)) {
      best = ministry;
    }
  }
  return best;
};

// The ministry the data names; otherwise the one whose themes the area's own texts mention most,
// so the pick is plausible and stable.
export const ministryFor = (area: FocusAreaData): Ministry => {
  if (area.rijksvertegenwoordigerMinistry) {
    return area.rijksvertegenwoordigerMinistry;
  }
  const interviewed = area.interviewees.find(
    (interviewee) => interviewee.ministry && INTERVIEWED_RIJKSVERTEGENWOORDIGER.test(interviewee.role),
  );
  if (interviewed?.ministry) {
    return interviewed.ministry;
  }
  return ministryByThemes(areaText(area)) ?? MINISTRIES[0];
};

// For one knelpunt: the ministry its subject belongs to, unless `preferred` (the alliance's own
// ministry) is as good a fit or the text names no theme at all.
export const ministryForText = (text: string, preferred: Ministry): Ministry => {
  const best = ministryByThemes(text);
  const scores = scoresOf(text);
  return best && (scores.get(best) ?? 0) > (scores.get(preferred) ?? 0) ? best : preferred;
};

// "rijksvertegenwoordiger (directeur Participatie en Decentrale Voorzieningen)" → the part in brackets.
export const positionFor = (area: FocusAreaData): string | null => {
  const role = area.interviewees.find((interviewee) => INTERVIEWED_RIJKSVERTEGENWOORDIGER.test(interviewee.role))?.role;
  if (!role) {
    return null;
  }
  const detail = role.match(/\(([^)]+)\)/)?.[1]?.trim();
  return detail && detail.length > 0 ? detail : null;
};
