// What one run created, per kind of row; a second run over the same data creates nothing.
const LABELS = {
  escalationRungSettings: ['ladder setting', 'ladder settings'],
  focusAreas: ['focus area', 'focus areas'],
  alliances: ['alliance', 'alliances'],
  partners: ['partner', 'partners'],
  people: ['person', 'people'],
  memberships: ['membership', 'memberships'],
  partnerRepresentatives: ['partner representative', 'partner representatives'],
  rijksvertegenwoordigers: ['rijksvertegenwoordiger', 'rijksvertegenwoordigers'],
  rijksvertegenwoordigerAssignments: ['rijksvertegenwoordiger assignment', 'rijksvertegenwoordiger assignments'],
  doorbraken: ['doorbraak', 'doorbraken'],
  vastlopers: ['vastloper', 'vastlopers'],
  escalationEvents: ['escalation event', 'escalation events'],
  progressUpdates: ['progress update', 'progress updates'],
  meetingSeries: ['meeting series', 'meeting series'],
  meetings: ['meeting', 'meetings'],
  meetingAttendees: ['meeting attendee', 'meeting attendees'],
  agendaItems: ['agenda item', 'agenda items'],
  decisions: ['decision', 'decisions'],
  actionItems: ['action item', 'action items'],
  dossiers: ['dossier', 'dossiers'],
  dossierMemberships: ['dossier membership', 'dossier memberships'],
  dossierNotes: ['dossier note', 'dossier notes'],
} as const satisfies Record<string, readonly [string, string]>;

export type SeedSummary = { -readonly [K in keyof typeof LABELS]: number };

export const emptySeedSummary = (): SeedSummary => {
  const summary = {} as SeedSummary;
  for (const key of Object.keys(LABELS) as (keyof SeedSummary)[]) {
    summary[key] = 0;
  }
  return summary;
};

export const isEmptySeedSummary = (summary: SeedSummary): boolean => Object.values(summary).every((count) => count === 0);

// "seed: created 20 focus areas, 20 alliances, …" or "seed: nothing to do".
export const formatSeedSummary = (summary: SeedSummary): string => {
  const parts = (Object.keys(LABELS) as (keyof SeedSummary)[])
    .filter((key) => summary[key] > 0)
    .map((key) => `${summary[key]} ${LABELS[key][summary[key] === 1 ? 0 : 1]}`);
  return parts.length === 0 ? 'seed: nothing to do' : `seed: created ${parts.join(', ')}`;
};
