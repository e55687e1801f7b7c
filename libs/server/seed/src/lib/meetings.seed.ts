import { IsNull, type QueryDeepPartialEntity } from 'typeorm';
import type { AgendaItemKind, MeetingStatus, MeetingType, Ministry } from '@doorbraak/domain';
import {
  ActionItemEntity,
  AgendaItemEntity,
  DecisionEntity,
  MeetingAttendeeEntity,
  MeetingEntity,
  MeetingSeriesEntity,
} from '@doorbraak/server-data';
import { amsterdamDateOf, plusDays, toIsoDate } from './amsterdam-time';
import { formatDutchDate } from './dutch-labels';
import type { FocusAreaData } from './focus-area-data';
import { placementKey, type SeededItem } from './items.seed';
import { allianceMeetingDates, NATIONAL_INTERVAL_WEEKS, nationalMeetingDates } from './meeting-schedule';
import type { PersonRef } from './people.seed';
import { insertRows, type SeedContext } from './seed-context';

const DURATION_MINUTES = 120;
const HOUR_MS = 60 * 60 * 1000;

export type AllianceForMeetings = {
  readonly area: FocusAreaData;
  readonly allianceId: string;
  readonly allianceName: string;
  readonly cadenceWeeks: number;
  readonly ministry: Ministry;
  readonly director: PersonRef;
  readonly mayor: PersonRef;
  readonly rijksvertegenwoordiger: PersonRef;
  readonly partnerMember: PersonRef;
  readonly partner: { readonly id: string; readonly name: string };
  // Items created in this run; items that already existed are not put on new agendas.
  readonly items: readonly SeededItem[];
};

type AgendaDraft = {
  readonly title: string;
  readonly kind: AgendaItemKind;
  readonly minutesAllotted: number;
  readonly presenterId: string | null;
  readonly vastloperId?: string;
  readonly doorbraakId?: string;
  readonly escalation?: { readonly placementKey: string | null; readonly carriedFrom: AgendaDraft | null };
  readonly minute: string | null;
  readonly createdAt: Date;
  // The decision this item produced, if any.
  readonly decision?: { readonly text: string; readonly doorbraakId?: string };
};

type MeetingDraft = {
  readonly scheduledAt: Date;
  readonly status: MeetingStatus;
  readonly agenda: AgendaDraft[];
};

const ESCALATION_MINUTES: Readonly<Record<'ALLIANTIE' | 'DOORBRAAKOVERLEG', { first: string; again: string }>> = {
  ALLIANTIE: {
    first: 'Besproken. De partners verkennen samen een oplossing; de eigenaar koppelt terug in de volgende vergadering.',
    again: 'Opnieuw besproken; er is nog geen oplossing. Het punt blijft geagendeerd.',
  },
  DOORBRAAKOVERLEG: {
    first: 'Besproken. De betrokken departementen werken een gezamenlijk voorstel uit voor het volgende overleg.',
    again: 'Opnieuw besproken; de departementen hebben meer tijd nodig. Het punt blijft geagendeerd.',
  },
};

// Where an item sat on agendas while at a meeting rung: the first meeting after it arrived, and each
// later one up to the next unheld meeting while it is still there (carried over, DOMAIN §3 rule 3).
const escalationsFor = (
  items: readonly SeededItem[],
  rung: 'ALLIANTIE' | 'DOORBRAAKOVERLEG',
  meetings: readonly MeetingDraft[],
  presenterOf: (item: SeededItem) => string | null,
  now: Date,
): Map<MeetingDraft, AgendaDraft[]> => {
  const byMeeting = new Map<MeetingDraft, AgendaDraft[]>(meetings.map((meeting) => [meeting, []]));
  const firstUnheld = meetings.find((meeting) => meeting.scheduledAt > now);
  for (const item of items) {
    const arrival = item.climbs.find((climb) => climb.to === rung);
    if (!arrival) {
      continue;
    }
    const leftAt = item.climbs.find((climb) => climb.from === rung)?.at ?? item.leftLadderAt;
    const stillThere = item.onLadder && item.rung === rung;
    let previous: AgendaDraft | null = null;
    for (const meeting of meetings) {
      const inWindow = meeting.scheduledAt >= arrival.at && (leftAt === null || meeting.scheduledAt < leftAt);
      const held = meeting.scheduledAt <= now;
      if (!inWindow || (!held && !(stillThere && meeting === firstUnheld))) {
        continue;
      }
      const draft: AgendaDraft = {
        title: `Escalatie: ${item.title}`,
        kind: 'ESCALATION',
        minutesAllotted: 20,
        presenterId: presenterOf(item),
        ...(item.kind === 'vastloper' ? { vastloperId: item.id } : { doorbraakId: item.id }),
        escalation: { placementKey: previous ? null : placementKey(item.id, rung), carriedFrom: previous },
        minute: held ? (previous ? ESCALATION_MINUTES[rung].again : ESCALATION_MINUTES[rung].first) : null,
        createdAt: previous ? new Date(previous.createdAt.getTime() + 3 * HOUR_MS) : arrival.at,
      };
      byMeeting.get(meeting)?.push(draft);
      previous = draft;
    }
  }
  return byMeeting;
};

// Inserts the agenda of each meeting in date order, so carried-over items can point at the earlier one.
const insertAgendas = async (
  context: SeedContext,
  meetings: readonly MeetingDraft[],
  meetingIds: readonly string[],
  placements: Map<string, string>,
): Promise<Map<AgendaDraft, string>> => {
  const idByDraft = new Map<AgendaDraft, string>();
  for (const [index, meeting] of meetings.entries()) {
    const ids = await insertRows(
      context,
      AgendaItemEntity,
      meeting.agenda.map((draft, position) => ({
        meetingId: meetingIds[index],
        position: position + 1,
        title: draft.title,
        kind: draft.kind,
        minutesAllotted: draft.minutesAllotted,
        presenterId: draft.presenterId,
        vastloperId: draft.vastloperId ?? null,
        doorbraakId: draft.doorbraakId ?? null,
        source: draft.escalation ? 'ESCALATION' : 'MANUAL',
        minute: draft.minute,
        carriedOverFromId: draft.escalation?.carriedFrom ? (idByDraft.get(draft.escalation.carriedFrom) ?? null) : null,
        createdAt: draft.createdAt,
      })),
      'agendaItems',
    );
    meeting.agenda.forEach((draft, position) => {
      idByDraft.set(draft, ids[position]);
      if (draft.escalation?.placementKey) {
        placements.set(draft.escalation.placementKey, ids[position]);
      }
    });
  }
  return idByDraft;
};

const insertDecisions = async (
  context: SeedContext,
  meetings: readonly MeetingDraft[],
  meetingIds: readonly string[],
  agendaIds: ReadonlyMap<AgendaDraft, string>,
): Promise<void> => {
  const rows: QueryDeepPartialEntity<DecisionEntity>[] = [];
  meetings.forEach((meeting, index) => {
    for (const draft of meeting.agenda) {
      if (draft.decision) {
        rows.push({
          meetingId: meetingIds[index],
          agendaItemId: agendaIds.get(draft) ?? null,
          text: draft.decision.text,
          doorbraakId: draft.decision.doorbraakId ?? null,
          createdAt: new Date(meeting.scheduledAt.getTime() + 2 * HOUR_MS),
        });
      }
    }
  });
  await insertRows(context, DecisionEntity, rows, 'decisions');
};

type MeetingRowInput = {
  readonly type: MeetingType;
  readonly allianceId: string | null;
  readonly seriesId: string;
  readonly title: string;
  readonly location: string;
  readonly createdAt: Date;
  readonly minutes: (meeting: MeetingDraft) => string | null;
  readonly approverId: string | null;
};

const meetingRows = (input: MeetingRowInput, meetings: readonly MeetingDraft[]): QueryDeepPartialEntity<MeetingEntity>[] =>
  meetings.map((meeting) => {
    const published = meeting.status === 'DRAFT' ? null : plusDays(meeting.scheduledAt, -7);
    const approved = meeting.status === 'MINUTES_APPROVED' ? plusDays(meeting.scheduledAt, 10) : null;
    const held = meeting.status === 'HELD' || meeting.status === 'MINUTES_APPROVED';
    return {
      type: input.type,
      allianceId: input.allianceId,
      seriesId: input.seriesId,
      title: input.title,
      scheduledAt: meeting.scheduledAt,
      durationMinutes: DURATION_MINUTES,
      location: input.location,
      status: meeting.status,
      agendaPublishedAt: published,
      minutes: held ? input.minutes(meeting) : null,
      minutesApprovedAt: approved,
      minutesApprovedById: approved ? input.approverId : null,
      createdAt: input.createdAt,
      // Minutes are written up right after the meeting.
      updatedAt: approved ?? (held ? new Date(meeting.scheduledAt.getTime() + 3 * HOUR_MS) : (published ?? input.createdAt)),
    };
  });

const minutesText = (heading: string, chair: string, present: readonly string[], meeting: MeetingDraft): string => {
  const decisions = meeting.agenda.flatMap((draft) => (draft.decision ? [draft.decision.text] : []));
  return [
    `${heading}, ${formatDutchDate(meeting.scheduledAt)}.`,
    `Voorzitter: ${chair}. Aanwezig: ${present.join(', ')}.`,
    `Besproken: ${meeting.agenda.map((draft) => draft.title).join('; ')}.`,
    ...decisions.map((text) => `Besluit: ${text}`),
  ].join('\n');
};

const statusOf = (scheduledAt: Date, now: Date, isMostRecentHeld: boolean): MeetingStatus => {
  if (scheduledAt <= now) {
    return isMostRecentHeld ? 'HELD' : 'MINUTES_APPROVED';
  }
  // The agenda goes out a week ahead.
  return plusDays(scheduledAt, -7) <= now ? 'AGENDA_PUBLISHED' : 'DRAFT';
};

const seriesExists = async (context: SeedContext, type: MeetingType, allianceId: string | null): Promise<boolean> =>
  (await context.manager.count(MeetingSeriesEntity, { where: { type, allianceId: allianceId ?? IsNull() } })) > 0;

const rotate = <T>(values: readonly T[], index: number): T | undefined =>
  values.length === 0 ? undefined : values[index % values.length];

// One ALLIANTIE series per alliance: the last four meetings held, the next three planned. Skipped as a
// whole when the alliance already has its series, so a second run (on any day) adds nothing.
export const seedAllianceMeetings = async (
  context: SeedContext,
  alliance: AllianceForMeetings,
  placements: Map<string, string>,
): Promise<void> => {
  if (await seriesExists(context, 'ALLIANTIE', alliance.allianceId)) {
    return;
  }
  const { now } = context;
  const { area, director, mayor, rijksvertegenwoordiger, partnerMember, partner, items } = alliance;
  const dates = allianceMeetingDates(now, area, alliance.cadenceWeeks);
  const all = [...dates.past, ...dates.upcoming];
  const seriesCreatedAt = plusDays(all[0], -14);
  const title = `Alliantietafel ${alliance.allianceName}`;
  const location = `Stadhuis ${area.municipality}`;

  const meetings: MeetingDraft[] = all.map((scheduledAt, index) => ({
    scheduledAt,
    status: statusOf(scheduledAt, now, index === dates.past.length - 1),
    agenda: [],
  }));
  // Escalations land on held meetings and on the next one; later meetings are not "next" yet.
  const ladderMeetings = meetings.slice(0, dates.past.length + 1);
  const escalations = escalationsFor(items, 'ALLIANTIE', ladderMeetings, () => director.id, now);

  const doorbraken = items.filter((item) => item.kind === 'doorbraak');
  const running = doorbraken.filter((item) => item.status === 'LOPEND');
  // Each doorbraak is decided on once; meetings without one adopt the year plan.
  const decided = new Set<SeededItem>();
  meetings.forEach((meeting, index) => {
    const held = meeting.scheduledAt <= now;
    // Agendas are drafted two weeks ahead; for meetings further out, the draft is being made now.
    const drafted = plusDays(meeting.scheduledAt, -14);
    const agendaCreatedAt = drafted < now ? drafted : now;
    const manual = (draft: Omit<AgendaDraft, 'createdAt'>): AgendaDraft => ({ ...draft, createdAt: agendaCreatedAt });
    const agenda: AgendaDraft[] = [
      manual({
        title: 'Opening, mededelingen en verslag vorige vergadering',
        kind: 'INFORMATION',
        minutesAllotted: 10,
        presenterId: mayor.id,
        minute: held ? 'Het verslag van de vorige vergadering is ongewijzigd vastgesteld.' : null,
      }),
      ...(escalations.get(meeting) ?? []),
    ];
    if (index <= dates.past.length) {
      const subject = rotate(running.filter((item) => item.createdAt <= meeting.scheduledAt), index);
      agenda.push(
        manual({
          title: subject ? `Voortgang: ${subject.title}` : `Voortgang programma ${area.name}`,
          kind: 'DISCUSSION',
          minutesAllotted: 20,
          presenterId: director.id,
          ...(subject ? { doorbraakId: subject.id } : {}),
          minute: held ? 'Het programmabureau licht de voortgang toe; de partners leveren input voor de volgende stap.' : null,
        }),
      );
    } else {
      agenda.push(
        manual({
          title: `Halfjaarrapportage ${area.name}`,
          kind: 'INFORMATION',
          minutesAllotted: 15,
          presenterId: director.id,
          minute: null,
        }),
      );
    }
    if (held) {
      // Decisions concern proposals and achieved doorbraken: off the ladder, so no stall clock is touched.
      const subject = doorbraken.find(
        (item) =>
          !decided.has(item) &&
          ((item.status === 'IDEE' && item.createdAt <= meeting.scheduledAt) ||
            (item.status === 'BEREIKT' && item.leftLadderAt !== null && item.leftLadderAt <= meeting.scheduledAt)),
      );
      if (subject) {
        decided.add(subject);
      }
      const text = !subject
        ? `Het jaarplan ${amsterdamDateOf(meeting.scheduledAt).year} van ${alliance.allianceName} is vastgesteld.`
        : subject.status === 'IDEE'
          ? `De alliantie vraagt het programmabureau het voorstel "${subject.title}" uit te werken tot een plan van aanpak.`
          : `De alliantie besluit de aanpak "${subject.title}" voort te zetten ` +
            'en de resultaten te delen met de andere focusgebieden.';
      agenda.push(
        manual({
          title: subject ? `Besluit: ${subject.title}` : 'Besluit: jaarplan',
          kind: 'DECISION',
          minutesAllotted: 15,
          presenterId: director.id,
          ...(subject ? { doorbraakId: subject.id } : {}),
          minute: 'Conform voorstel besloten.',
          decision: { text, ...(subject ? { doorbraakId: subject.id } : {}) },
        }),
      );
    }
    agenda.push(
      manual({
        title: 'Rondvraag en sluiting',
        kind: 'INFORMATION',
        minutesAllotted: 5,
        presenterId: mayor.id,
        minute: held ? 'Geen vragen.' : null,
      }),
    );
    meeting.agenda.push(...agenda);
  });

  const [seriesId] = await insertRows(
    context,
    MeetingSeriesEntity,
    [
      {
        allianceId: alliance.allianceId,
        type: 'ALLIANTIE',
        title,
        firstAt: all[0],
        intervalWeeks: alliance.cadenceWeeks,
        durationMinutes: DURATION_MINUTES,
        location,
        createdAt: seriesCreatedAt,
      },
    ],
    'meetingSeries',
  );
  // Even-numbered areas had their partner send apologies once.
  const partnerAbsentAt = area.order % 2 === 0 ? meetings[dates.past.length - 2] : undefined;
  const meetingIds = await insertRows(
    context,
    MeetingEntity,
    meetingRows(
      {
        type: 'ALLIANTIE',
        allianceId: alliance.allianceId,
        seriesId,
        title,
        location,
        createdAt: seriesCreatedAt,
        approverId: mayor.id,
        minutes: (meeting) =>
          minutesText(title, `${mayor.name} (burgemeester)`, [
            `${director.name} (programmadirecteur)`,
            `${rijksvertegenwoordiger.name} (rijksvertegenwoordiger)`,
            ...(meeting === partnerAbsentAt ? [] : [`${partnerMember.name} (${partner.name})`]),
          ], meeting),
      },
      meetings,
    ),
    'meetings',
  );
  const agendaIds = await insertAgendas(context, meetings, meetingIds, placements);
  await insertDecisions(context, meetings, meetingIds, agendaIds);

  await insertRows(
    context,
    MeetingAttendeeEntity,
    meetings.flatMap((meeting, index) => {
      const held = meeting.scheduledAt <= now;
      return [
        { meetingId: meetingIds[index], personId: mayor.id, partnerId: null, present: held ? true : null },
        { meetingId: meetingIds[index], personId: director.id, partnerId: null, present: held ? true : null },
        { meetingId: meetingIds[index], personId: rijksvertegenwoordiger.id, partnerId: null, present: held ? true : null },
        {
          meetingId: meetingIds[index],
          personId: partnerMember.id,
          partnerId: partner.id,
          present: held ? meeting !== partnerAbsentAt : null,
        },
      ];
    }),
    'meetingAttendees',
  );

  await seedActionItems(context, alliance, meetings, meetingIds, dates.past.length);
};

// Actiepunten and toezeggingen from the held meetings: one done, some overdue, one commitment per alliance.
const seedActionItems = async (
  context: SeedContext,
  alliance: AllianceForMeetings,
  meetings: readonly MeetingDraft[],
  meetingIds: readonly string[],
  pastCount: number,
): Promise<void> => {
  const { area, allianceId, director, mayor, rijksvertegenwoordiger, partnerMember, partner, ministry } = alliance;
  const dueDate = (from: Date, days: number): string => toIsoDate(amsterdamDateOf(plusDays(from, days)));
  const oldest = 0;
  const secondLast = pastCount - 2;
  const last = pastCount - 1;
  const at = (index: number): Date => meetings[index].scheduledAt;
  const row = (
    index: number,
    fields: Omit<QueryDeepPartialEntity<ActionItemEntity>, 'allianceId' | 'meetingId' | 'createdAt' | 'updatedAt'> & {
      completedAt?: Date | null;
    },
  ): QueryDeepPartialEntity<ActionItemEntity> => {
    const createdAt = new Date(at(index).getTime() + 2 * HOUR_MS);
    return {
      allianceId,
      meetingId: meetingIds[index],
      status: 'OPEN',
      kind: 'ACTION',
      committedBy: null,
      committedByPartnerId: null,
      completedAt: null,
      ...fields,
      createdAt,
      updatedAt: fields.completedAt ?? createdAt,
    };
  };
  const initiative = alliance.items.find((item) => item.kind === 'doorbraak' && item.status !== 'BEREIKT')?.title;
  const subject = (otherwise: string): string => (initiative ? `"${initiative}"` : otherwise);
  const commitments: Record<number, QueryDeepPartialEntity<ActionItemEntity>> = {
    0: row(last, {
      description:
        `Het ministerie van ${ministry} laat weten welke ruimte de regels bieden ` +
        `voor de vastlopers die ${alliance.allianceName} heeft ingebracht.`,
      ownerId: rijksvertegenwoordiger.id,
      dueDate: dueDate(at(last), 56),
      kind: 'COMMITMENT',
      committedBy: 'RIJK',
    }),
    1: row(last, {
      description: `De gemeente ${area.municipality} stelt een kwartiermaker beschikbaar voor ${subject('het programma')}.`,
      ownerId: mayor.id,
      dueDate: dueDate(at(last), 56),
      kind: 'COMMITMENT',
      committedBy: 'GEMEENTE',
    }),
    2: row(last, {
      description: `${partner.name} levert een vaste contactpersoon voor ${subject('de werkgroepen van het programma')}.`,
      ownerId: partnerMember.id,
      dueDate: dueDate(at(last), 56),
      kind: 'COMMITMENT',
      committedBy: 'PARTNER',
      committedByPartnerId: partner.id,
    }),
  };
  const rows = [
    row(oldest, {
      description: `Het programmabureau zet alle lopende initiatieven en vastlopers in ${area.name} op een rij.`,
      ownerId: director.id,
      dueDate: dueDate(at(oldest), 21),
      status: 'DONE',
      completedAt: plusDays(at(oldest), 17),
    }),
    row(secondLast, {
      description: `${partner.name} doet een voorstel voor de inzet van eigen medewerkers in de wijk.`,
      ownerId: partnerMember.id,
      dueDate: dueDate(at(secondLast), 28),
    }),
    row(last, {
      description: 'Het programmabureau bereidt de halfjaarrapportage voor de alliantie voor.',
      ownerId: director.id,
      dueDate: dueDate(at(pastCount), -7),
    }),
    commitments[area.order % 3],
    // Every fourth alliance still waits for an earlier promise from the Rijk.
    ...(area.order % 4 === 0
      ? [
          row(1, {
            description: `Het Rijk levert de cijfers over het gebruik van rijksregelingen in ${area.name} aan.`,
            ownerId: rijksvertegenwoordiger.id,
            dueDate: dueDate(at(1), 42),
            kind: 'COMMITMENT',
            committedBy: 'RIJK',
          }),
        ]
      : []),
  ];
  await insertRows(context, ActionItemEntity, rows, 'actionItems');
};

export type NationalParticipants = {
  readonly coordinator: PersonRef;
  // The rijksvertegenwoordiger of each alliance, by alliance id.
  readonly rijksvertegenwoordigers: ReadonlyMap<string, PersonRef>;
};

// The national doorbraakoverleg (no alliance): one held about three weeks ago, the next about five weeks ahead.
export const seedNationalMeetings = async (
  context: SeedContext,
  participants: NationalParticipants,
  items: readonly SeededItem[],
  placements: Map<string, string>,
): Promise<void> => {
  if (await seriesExists(context, 'DOORBRAAKOVERLEG', null)) {
    return;
  }
  const { now } = context;
  const { coordinator, rijksvertegenwoordigers } = participants;
  const { held, next } = nationalMeetingDates(now);
  const title = 'Doorbraakoverleg';
  const location = 'Ministerie van BZK, Den Haag';
  const seriesCreatedAt = plusDays(held, -28);
  const meetings: MeetingDraft[] = [
    { scheduledAt: held, status: 'HELD', agenda: [] },
    { scheduledAt: next, status: statusOf(next, now, false), agenda: [] },
  ];
  const presenterOf = (item: SeededItem): string | null => rijksvertegenwoordigers.get(item.allianceId)?.id ?? null;
  const escalations = escalationsFor(items, 'DOORBRAAKOVERLEG', meetings, presenterOf, now);
  // The coordinator chairs; the rijksvertegenwoordigers come for the items they carry.
  const attendees = meetings.map((meeting) => {
    const presenters = new Set((escalations.get(meeting) ?? []).map((draft) => draft.presenterId));
    return [coordinator, ...[...rijksvertegenwoordigers.values()].filter((person) => presenters.has(person.id))];
  });

  meetings.forEach((meeting, index) => {
    const wasHeld = index === 0;
    const createdAt = wasHeld ? plusDays(meeting.scheduledAt, -14) : now;
    meeting.agenda.push(
      {
        title: 'Opening en mededelingen',
        kind: 'INFORMATION',
        minutesAllotted: 10,
        presenterId: coordinator.id,
        minute: wasHeld ? 'Geen mededelingen.' : null,
        createdAt,
      },
      ...(escalations.get(meeting) ?? []),
      wasHeld
        ? {
            title: 'Voortgang interdepartementale werkgroep',
            kind: 'DECISION',
            minutesAllotted: 20,
            presenterId: coordinator.id,
            minute: 'De werkgroep licht haar werkwijze toe.',
            createdAt,
            decision: {
              text: 'Het doorbraakoverleg stemt in met de werkwijze: elke geagendeerde vastloper krijgt één trekkend departement.',
            },
          }
        : {
            title: 'Stand van zaken vastlopers per focusgebied',
            kind: 'INFORMATION',
            minutesAllotted: 20,
            presenterId: coordinator.id,
            minute: null,
            createdAt,
          },
      {
        title: 'Rondvraag en sluiting',
        kind: 'INFORMATION',
        minutesAllotted: 5,
        presenterId: coordinator.id,
        minute: wasHeld ? 'Geen vragen.' : null,
        createdAt,
      },
    );
  });

  const [seriesId] = await insertRows(
    context,
    MeetingSeriesEntity,
    [
      {
        allianceId: null,
        type: 'DOORBRAAKOVERLEG',
        title,
        firstAt: held,
        intervalWeeks: NATIONAL_INTERVAL_WEEKS,
        durationMinutes: DURATION_MINUTES,
        location,
        createdAt: seriesCreatedAt,
      },
    ],
    'meetingSeries',
  );
  const meetingIds = await insertRows(
    context,
    MeetingEntity,
    meetingRows(
      {
        type: 'DOORBRAAKOVERLEG',
        allianceId: null,
        seriesId,
        title,
        location,
        createdAt: seriesCreatedAt,
        approverId: coordinator.id,
        minutes: (meeting) =>
          minutesText(
            title,
            `${coordinator.name} (nationaal coördinator)`,
            [
              ...attendees[meetings.indexOf(meeting)].slice(1).map((person) => `${person.name} (rijksvertegenwoordiger)`),
              'directeuren van BZK, OCW, JenV, SZW en VWS',
            ],
            meeting,
          ),
      },
      meetings,
    ),
    'meetings',
  );
  const agendaIds = await insertAgendas(context, meetings, meetingIds, placements);
  await insertDecisions(context, meetings, meetingIds, agendaIds);
  await insertRows(
    context,
    MeetingAttendeeEntity,
    meetings.flatMap((meeting, index) =>
      attendees[index].map((person) => ({
        meetingId: meetingIds[index],
        personId: person.id,
        partnerId: null,
        present: meeting.scheduledAt <= now ? true : null,
      })),
    ),
    'meetingAttendees',
  );
};
