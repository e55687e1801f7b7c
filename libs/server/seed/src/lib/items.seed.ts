import type { QueryDeepPartialEntity } from 'typeorm';
import type { DoorbraakStatus, EscalationRung, Ministry, VastloperStatus } from '@doorbraak/domain';
import { DoorbraakEntity, EscalationEventEntity, ProgressUpdateEntity, VastloperEntity } from '@doorbraak/server-data';
import { daysBefore, plusDays } from './amsterdam-time';
import { formatDutchDate, RUNG_HOLDERS, stallReason, titleOf } from './dutch-labels';
import type { DoorbraakData, FocusAreaData, KnelpuntData } from './focus-area-data';
import { planTimeline, type Climb, type ItemScenario, type ItemTimeline } from './item-timeline';
import {
  actielijnForDoorbraak,
  actielijnForVastloper,
  concernsTheRijk,
  doorbraakKindFor,
  isConfidential,
  isProposal,
  legalBasisFor,
  owningMinistryFor,
  remedyFor,
  vastloperCategoryFor,
} from './item-mappings';
import type { PersonRef } from './people.seed';
import { RESOLVED_KNELPUNTEN, WITHDRAWN_KNELPUNTEN, type CuratedResolution } from './resolutions';
import { insertRows, type SeedContext } from './seed-context';
import { stableHash } from './stable-hash';

export type AllianceForItems = {
  readonly area: FocusAreaData;
  readonly allianceId: string;
  readonly ministry: Ministry;
  readonly director: PersonRef;
  readonly rijksvertegenwoordiger: PersonRef;
  readonly coordinator: PersonRef;
};

// An item created in this run, with the history the meetings seed puts on agendas.
export type SeededItem = {
  readonly kind: 'vastloper' | 'doorbraak';
  readonly id: string;
  readonly allianceId: string;
  readonly title: string;
  readonly createdAt: Date;
  readonly status: VastloperStatus | DoorbraakStatus;
  readonly rung: EscalationRung | null;
  // Open with its stall clock running: OPEN or IN_BEHANDELING, or a LOPEND doorbraak.
  readonly onLadder: boolean;
  readonly climbs: readonly Climb[];
  // When it was parked, resolved or withdrawn; it is on no agenda after that.
  readonly leftLadderAt: Date | null;
};

// Escalation events wait for the agenda items their climbs created (DOMAIN §3, rule 3).
export type PendingEscalationEvent = {
  readonly placementKey: string | null;
  readonly row: QueryDeepPartialEntity<EscalationEventEntity>;
};

export const placementKey = (itemId: string, rung: EscalationRung): string => `${itemId}:${rung}`;

// Counters across all alliances, so the scenarios spread over the whole demo, the same way every run.
export type ScenarioCounters = { local: number; national: number; resolved: number; running: number; achieved: number };

export const createScenarioCounters = (): ScenarioCounters => ({ local: 0, national: 0, resolved: 0, running: 0, achieved: 0 });

type ScenarioMaker = (variant: number) => ItemScenario;

// Knelpunten the area handles itself: fresh, stalled (due), warned, acknowledged, at the alliance table.
const LOCAL_SCENARIOS: readonly ScenarioMaker[] = [
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 2 + (v % 6) }),
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 23 + (v % 8) }),
  (v) => ({ kind: 'OPEN', rung: 'ALLIANTIE', daysAtRung: 6 + (v % 20) }),
  (v) => ({ kind: 'IN_BEHANDELING', rung: 'PROGRAMMABUREAU', daysAtRung: 8 + (v % 5), acknowledgedAfterDays: 2 }),
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 18 + (v % 3) }),
  (v) => ({ kind: 'OPEN', rung: 'ALLIANTIE', daysAtRung: 45 + (v % 10) }),
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 12 + (v % 6), progressDaysAgo: 3 }),
  (v) => ({ kind: 'IN_BEHANDELING', rung: 'ALLIANTIE', daysAtRung: 15 + (v % 10), acknowledgedAfterDays: 3 }),
];

// Knelpunten that need the Rijk: on their way to, or already in, The Hague.
const NATIONAL_SCENARIOS: readonly ScenarioMaker[] = [
  (v) => ({ kind: 'OPEN', rung: 'RIJKSVERTEGENWOORDIGER', daysAtRung: 44 + (v % 6) }),
  (v) => ({ kind: 'OPEN', rung: 'INTERDEPARTEMENTAAL', daysAtRung: 20 + (v % 15), progressDaysAgo: 5 }),
  (v) => ({ kind: 'OPEN', rung: 'DOORBRAAKOVERLEG', daysAtRung: 25 + (v % 30) }),
  (v) => ({ kind: 'OPEN', rung: 'RIJKSVERTEGENWOORDIGER', daysAtRung: 10 + (v % 20) }),
  (v) => ({ kind: 'OPEN', rung: 'INTERDEPARTEMENTAAL', daysAtRung: 44 + (v % 6) }),
  (v) => ({ kind: 'OPEN', rung: 'DOORBRAAKOVERLEG', daysAtRung: 86 + (v % 10) }),
  (v) => ({ kind: 'IN_BEHANDELING', rung: 'RIJKSVERTEGENWOORDIGER', daysAtRung: 12 + (v % 8), acknowledgedAfterDays: 4 }),
  (v) => ({ kind: 'OPEN', rung: 'ALLIANTIE', daysAtRung: 10 + (v % 20) }),
];

// Running doorbraakinitiatieven: with recent progress, stalled (due), at the alliance table, just started.
const RUNNING_SCENARIOS: readonly ScenarioMaker[] = [
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 10 + (v % 10), progressDaysAgo: 2 + (v % 4) }),
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 24 + (v % 6) }),
  (v) => ({ kind: 'OPEN', rung: 'ALLIANTIE', daysAtRung: 8 + (v % 25) }),
  (v) => ({ kind: 'OPEN', rung: 'PROGRAMMABUREAU', daysAtRung: 4 + (v % 8) }),
];

// Every third alliance has parked one knelpunt (the clock stops while it waits).
const parksOneKnelpunt = (area: FocusAreaData): boolean => area.order % 3 === 0;

const officeHour = (title: string): number => 9 + (stableHash(title) % 8);

type VastloperPlan = {
  readonly title: string;
  readonly knelpunt: KnelpuntData;
  readonly timeline: ItemTimeline;
  readonly national: boolean;
  readonly parkReason: string | null;
  readonly resolution: CuratedResolution | null;
  readonly withdrawReason: string | null;
};

type DoorbraakPlan = {
  readonly title: string;
  readonly doorbraak: DoorbraakData;
  readonly status: DoorbraakStatus;
  readonly createdAt: Date;
  readonly lastProgressAt: Date;
  readonly running: ItemTimeline | null;
  readonly achievedAt: Date | null;
  readonly achievedAtRung: EscalationRung | null;
};

const uniqueByTitle = <T>(values: readonly T[], titleOfValue: (value: T) => string): { title: string; value: T }[] => {
  const seen = new Set<string>();
  const result: { title: string; value: T }[] = [];
  for (const value of values) {
    const title = titleOf(titleOfValue(value));
    if (!seen.has(title)) {
      seen.add(title);
      result.push({ title, value });
    }
  }
  return result;
};

// The hand-made pairings must still match the data; a silent mismatch would lose the demo's resolved items.
type Curated = { resolutions: readonly CuratedResolution[]; withdrawn: ReadonlyMap<string, string> };

const curatedFor = (area: FocusAreaData): Curated => {
  const resolutions = RESOLVED_KNELPUNTEN[area.slug] ?? [];
  for (const resolution of resolutions) {
    const doorbraak = area.doorbraken.find((candidate) => candidate.titleNl === resolution.doorbraak);
    if (!area.knelpunten.some((candidate) => candidate.titleNl === resolution.knelpunt) || !doorbraak) {
      throw new Error(
        `seed: resolution "${resolution.knelpunt}" → "${resolution.doorbraak}" does not match the data for ${area.slug}`,
      );
    }
    if (doorbraakKindFor(doorbraak.kind) !== 'DOORBRAAK') {
      throw new Error(
        `seed: "${resolution.doorbraak}" (${area.slug}) is an initiative; only an achieved doorbraak resolves a vastloper`,
      );
    }
  }
  const withdrawn = new Map((WITHDRAWN_KNELPUNTEN[area.slug] ?? []).map((entry) => [entry.knelpunt, entry.reason]));
  for (const title of withdrawn.keys()) {
    if (!area.knelpunten.some((candidate) => candidate.titleNl === title)) {
      throw new Error(`seed: withdrawn knelpunt "${title}" does not match the data for ${area.slug}`);
    }
  }
  return { resolutions, withdrawn };
};

const planVastlopers = (now: Date, alliance: AllianceForItems, counters: ScenarioCounters): VastloperPlan[] => {
  const { area, ministry } = alliance;
  const { resolutions, withdrawn } = curatedFor(area);
  const knelpunten = uniqueByTitle(area.knelpunten, (knelpunt) => knelpunt.titleNl);
  const isCurated = (knelpunt: KnelpuntData): boolean =>
    withdrawn.has(knelpunt.titleNl) || resolutions.some((resolution) => resolution.knelpunt === knelpunt.titleNl);
  const concernsRijk = (knelpunt: KnelpuntData): boolean => concernsTheRijk(vastloperCategoryFor(knelpunt.category), knelpunt);
  const candidates = knelpunten.filter(({ value }) => !isCurated(value));
  const parked = parksOneKnelpunt(area)
    ? (candidates.find(({ value }) => concernsRijk(value)) ?? candidates[candidates.length - 1])
    : undefined;

  return knelpunten.map(({ title, value: knelpunt }) => {
    const hour = officeHour(title);
    const national = concernsRijk(knelpunt);
    const resolution = resolutions.find((candidate) => candidate.knelpunt === knelpunt.titleNl) ?? null;
    const withdrawReason = withdrawn.get(knelpunt.titleNl) ?? null;
    const base = { title, knelpunt, national, resolution, withdrawReason, parkReason: null };
    if (resolution) {
      const k = counters.resolved++;
      const scenario: ItemScenario = {
        kind: 'OPGELOST',
        rung: resolution.rung,
        daysAtRung: 6 + (k % 12),
        resolvedDaysAgo: 14 + ((k * 23) % 160),
      };
      return { ...base, timeline: planTimeline(now, scenario, hour) };
    }
    if (withdrawReason) {
      const scenario: ItemScenario = { kind: 'INGETROKKEN', rung: 'PROGRAMMABUREAU', daysAtRung: 12, withdrawnDaysAgo: 40 };
      return { ...base, timeline: planTimeline(now, scenario, hour) };
    }
    if (parked && parked.title === title) {
      const scenario: ItemScenario = {
        kind: 'GEPARKEERD',
        rung: national ? 'RIJKSVERTEGENWOORDIGER' : 'ALLIANTIE',
        daysAtRung: 10 + (area.order % 7),
        parkedDaysAgo: 5 + (area.order % 9),
        parkedForDays: 21 + area.order * 2,
      };
      const category = vastloperCategoryFor(knelpunt.category);
      const legalBasis = legalBasisFor(category, knelpunt, area.municipality);
      const waitingOn = owningMinistryFor(category, knelpunt, legalBasis, ministry) ?? ministry;
      const parkReason = national
        ? `Wacht op het antwoord van het ministerie van ${waitingOn} op de uitvoeringsvraag.`
        : `Wacht op het besluit over de begroting voor volgend jaar in de gemeenteraad van ${area.municipality}.`;
      return { ...base, parkReason, timeline: planTimeline(now, scenario, hour) };
    }
    const timeline = national
      ? planTimeline(now, NATIONAL_SCENARIOS[counters.national % NATIONAL_SCENARIOS.length](counters.national++), hour)
      : planTimeline(now, LOCAL_SCENARIOS[counters.local % LOCAL_SCENARIOS.length](counters.local++), hour);
    return { ...base, timeline };
  });
};

const planDoorbraken = (
  now: Date,
  alliance: AllianceForItems,
  vastlopers: readonly VastloperPlan[],
  counters: ScenarioCounters,
): DoorbraakPlan[] =>
  uniqueByTitle(alliance.area.doorbraken, (doorbraak) => doorbraak.titleNl).map(({ title, value: doorbraak }) => {
    const hour = officeHour(title);
    if (doorbraakKindFor(doorbraak.kind) === 'DOORBRAAK') {
      const a = counters.achieved++;
      const resolved = vastlopers.find((plan) => plan.resolution?.doorbraak === doorbraak.titleNl);
      const achievedAt = resolved?.timeline.progressAt ?? daysBefore(now, 30 + ((a * 37) % 330), hour);
      const achievedAtRung: EscalationRung =
        resolved?.resolution?.rung ??
        (/\brijk\b|minister|kabinet|landelijk/i.test(`${doorbraak.titleNl} ${doorbraak.summaryNl}`)
          ? 'RIJKSVERTEGENWOORDIGER'
          : a % 3 === 0
            ? 'ALLIANTIE'
            : 'PROGRAMMABUREAU');
      return {
        title,
        doorbraak,
        status: 'BEREIKT',
        createdAt: plusDays(achievedAt, -(40 + (a % 50))),
        lastProgressAt: achievedAt,
        running: null,
        achievedAt,
        achievedAtRung,
      };
    }
    if (isProposal(doorbraak)) {
      const createdAt = daysBefore(now, 5 + (stableHash(title) % 50), hour);
      return {
        title,
        doorbraak,
        status: 'IDEE',
        createdAt,
        lastProgressAt: createdAt,
        running: null,
        achievedAt: null,
        achievedAtRung: null,
      };
    }
    const running = planTimeline(now, RUNNING_SCENARIOS[counters.running % RUNNING_SCENARIOS.length](counters.running++), hour);
    return {
      title,
      doorbraak,
      status: 'LOPEND',
      createdAt: running.createdAt,
      lastProgressAt: running.lastProgressAt,
      running,
      achievedAt: null,
      achievedAtRung: null,
    };
  });

const latest = (...instants: (Date | null)[]): Date =>
  new Date(Math.max(...instants.filter((instant): instant is Date => instant !== null).map((instant) => instant.getTime())));

// Who acts for a rung: the bureau and the alliance through the programme director, the Rijk through its people.
const holderOf = (alliance: AllianceForItems, rung: EscalationRung): PersonRef => {
  switch (rung) {
    case 'PROGRAMMABUREAU':
    case 'ALLIANTIE':
      return alliance.director;
    case 'RIJKSVERTEGENWOORDIGER':
      return alliance.rijksvertegenwoordiger;
    case 'INTERDEPARTEMENTAAL':
    case 'DOORBRAAKOVERLEG':
      return alliance.coordinator;
  }
};

const progressText = (alliance: AllianceForItems, rung: EscalationRung): string => {
  switch (rung) {
    case 'PROGRAMMABUREAU':
      return 'Het programmabureau heeft de betrokken partners gesproken; een eerste oplossingsrichting wordt uitgewerkt.';
    case 'ALLIANTIE':
      return 'Besproken met de wethouder en de partners; zij werken samen een voorstel uit voor de alliantietafel.';
    case 'RIJKSVERTEGENWOORDIGER':
      return (
        `De rijksvertegenwoordiger heeft het punt ingebracht bij het ministerie van ${alliance.ministry}; ` +
        'een ambtelijk overleg is gepland.'
      );
    case 'INTERDEPARTEMENTAAL':
      return (
        'De interdepartementale werkgroep heeft de vraag uitgezet bij de betrokken departementen; ' +
        'een eerste reactie is binnen.'
      );
    case 'DOORBRAAKOVERLEG':
      return 'De departementen bereiden een gezamenlijke reactie voor het doorbraakoverleg voor.';
  }
};

type ProgressRow = QueryDeepPartialEntity<ProgressUpdateEntity>;

const vastloperProgress = (alliance: AllianceForItems, plan: VastloperPlan, vastloperId: string): ProgressRow[] => {
  const { timeline } = plan;
  const at = timeline.progressAt;
  if (!at) {
    return [];
  }
  const note = (authorId: string, text: string): ProgressRow => ({ vastloperId, authorId, text, at, createdAt: at });
  switch (timeline.status) {
    case 'OPEN':
      return [note(holderOf(alliance, timeline.rung).id, progressText(alliance, timeline.rung))];
    case 'IN_BEHANDELING':
      return [note(holderOf(alliance, timeline.rung).id, `In behandeling genomen door ${RUNG_HOLDERS[timeline.rung]}.`)];
    case 'GEPARKEERD':
      return [
        note(
          alliance.director.id,
          `Geparkeerd tot ${formatDutchDate(timeline.parkedUntil ?? at)}. ${plan.parkReason ?? ''}`.trim(),
        ),
      ];
    case 'OPGELOST':
      return [note(holderOf(alliance, timeline.rung).id, `Opgelost. ${plan.resolution?.resolution ?? ''}`.trim())];
    case 'INGETROKKEN':
      return [note(alliance.director.id, plan.withdrawReason ?? 'Ingetrokken.')];
  }
};

const climbEvents = (
  item: { vastloperId?: string; doorbraakId?: string },
  itemId: string,
  allianceId: string,
  climbs: readonly Climb[],
): PendingEscalationEvent[] =>
  climbs.map((climb) => ({
    placementKey: placementKey(itemId, climb.to),
    row: {
      vastloperId: item.vastloperId ?? null,
      doorbraakId: item.doorbraakId ?? null,
      allianceId,
      fromRung: climb.from,
      toRung: climb.to,
      cause: 'STALLED',
      actorId: null,
      reason: stallReason(climb.from),
      at: climb.at,
    },
  }));

export type SeededAllianceItems = {
  readonly items: readonly SeededItem[];
  readonly events: readonly PendingEscalationEvent[];
};

// Vastlopers from the area's knelpunten and doorbraken from its doorbraken, keyed by (alliance, title):
// an item that already exists is left alone, history and all.
export const seedAllianceItems = async (
  context: SeedContext,
  alliance: AllianceForItems,
  counters: ScenarioCounters,
): Promise<SeededAllianceItems> => {
  const { manager, now } = context;
  const { allianceId, area, ministry, director } = alliance;
  const vastloperPlans = planVastlopers(now, alliance, counters);
  const doorbraakPlans = planDoorbraken(now, alliance, vastloperPlans, counters);

  const existingDoorbraken = await manager.find(DoorbraakEntity, { where: { allianceId }, select: { id: true, title: true } });
  const existingVastlopers = await manager.find(VastloperEntity, { where: { allianceId }, select: { id: true, title: true } });
  const doorbraakIdByTitle = new Map(existingDoorbraken.map((row) => [row.title, row.id]));
  const vastloperTitles = new Set(existingVastlopers.map((row) => row.title));

  const newDoorbraken = doorbraakPlans.filter((plan) => !doorbraakIdByTitle.has(plan.title));
  const doorbraakIds = await insertRows(
    context,
    DoorbraakEntity,
    newDoorbraken.map((plan) => ({
      allianceId,
      title: plan.title,
      description: plan.doorbraak.summaryNl,
      kind: doorbraakKindFor(plan.doorbraak.kind),
      status: plan.status,
      actielijn: actielijnForDoorbraak(plan.doorbraak),
      ownerId: director.id,
      impact: plan.doorbraak.figures?.trim() ? plan.doorbraak.figures.trim() : null,
      rung: plan.running?.rung ?? null,
      rungEnteredAt: plan.running?.rungEnteredAt ?? null,
      lastProgressAt: plan.lastProgressAt,
      nextEscalationAt: plan.running?.nextEscalationAt ?? null,
      earlyWarningAt: plan.running?.earlyWarningAt ?? null,
      achievedAt: plan.achievedAt,
      achievedAtRung: plan.achievedAtRung,
      createdAt: plan.createdAt,
      updatedAt: latest(plan.createdAt, plan.lastProgressAt, plan.running?.rungEnteredAt ?? null),
    })),
    'doorbraken',
  );
  newDoorbraken.forEach((plan, index) => doorbraakIdByTitle.set(plan.title, doorbraakIds[index]));

  const newVastlopers = vastloperPlans.filter((plan) => !vastloperTitles.has(plan.title));
  const vastloperIds = await insertRows(
    context,
    VastloperEntity,
    newVastlopers.map((plan) => {
      const { knelpunt, timeline } = plan;
      const category = vastloperCategoryFor(knelpunt.category);
      const legalBasis = legalBasisFor(category, knelpunt, area.municipality);
      const resolvedBy = plan.resolution ? doorbraakIdByTitle.get(titleOf(plan.resolution.doorbraak)) : undefined;
      return {
        allianceId,
        title: plan.title,
        description: knelpunt.summaryNl,
        category,
        actielijn: actielijnForVastloper(category, knelpunt),
        ownerId: director.id,
        reporterId: plan.national ? alliance.rijksvertegenwoordiger.id : director.id,
        owningMinistry: owningMinistryFor(category, knelpunt, legalBasis, ministry),
        legalReference: legalBasis?.reference ?? null,
        remedy: remedyFor(category, knelpunt),
        status: timeline.status,
        rung: timeline.rung,
        rungEnteredAt: timeline.rungEnteredAt,
        lastProgressAt: timeline.lastProgressAt,
        nextEscalationAt: timeline.nextEscalationAt,
        earlyWarningAt: timeline.earlyWarningAt,
        parkedUntil: timeline.parkedUntil,
        parkReason: plan.parkReason,
        confidential: isConfidential(knelpunt),
        resolution: plan.resolution?.resolution ?? null,
        resolvedAt: timeline.status === 'OPGELOST' ? timeline.progressAt : null,
        resolvedAtRung: timeline.status === 'OPGELOST' ? timeline.rung : null,
        resolvedByDoorbraakId: resolvedBy ?? null,
        createdAt: timeline.createdAt,
        updatedAt: latest(timeline.createdAt, timeline.rungEnteredAt, timeline.progressAt),
      };
    }),
    'vastlopers',
  );

  const items: SeededItem[] = [];
  const events: PendingEscalationEvent[] = [];
  const progress: ProgressRow[] = [];
  for (const [index, plan] of newVastlopers.entries()) {
    const id = vastloperIds[index];
    const { timeline } = plan;
    items.push({
      kind: 'vastloper',
      id,
      allianceId,
      title: plan.title,
      createdAt: timeline.createdAt,
      status: timeline.status,
      rung: timeline.rung,
      onLadder: timeline.status === 'OPEN' || timeline.status === 'IN_BEHANDELING',
      climbs: timeline.climbs,
      leftLadderAt: timeline.status === 'OPEN' || timeline.status === 'IN_BEHANDELING' ? null : timeline.progressAt,
    });
    events.push(...climbEvents({ vastloperId: id }, id, allianceId, timeline.climbs));
    if (timeline.status === 'OPGELOST' && timeline.progressAt) {
      events.push({
        placementKey: null,
        row: {
          vastloperId: id,
          allianceId,
          fromRung: timeline.rung,
          toRung: timeline.rung,
          cause: 'RESOLVED',
          actorId: holderOf(alliance, timeline.rung).id,
          reason: plan.resolution?.resolution ?? null,
          at: timeline.progressAt,
        },
      });
      const doorbraakId = plan.resolution ? doorbraakIdByTitle.get(titleOf(plan.resolution.doorbraak)) : undefined;
      if (doorbraakId) {
        await manager.createQueryBuilder().relation(DoorbraakEntity, 'vastlopers').of(doorbraakId).add(id);
      }
    }
    progress.push(...vastloperProgress(alliance, plan, id));
  }

  for (const [index, plan] of newDoorbraken.entries()) {
    const id = doorbraakIds[index];
    items.push({
      kind: 'doorbraak',
      id,
      allianceId,
      title: plan.title,
      createdAt: plan.createdAt,
      status: plan.status,
      rung: plan.running?.rung ?? null,
      onLadder: plan.status === 'LOPEND',
      climbs: plan.running?.climbs ?? [],
      leftLadderAt: plan.achievedAt,
    });
    if (plan.running) {
      events.push(...climbEvents({ doorbraakId: id }, id, allianceId, plan.running.climbs));
      if (plan.running.progressAt) {
        progress.push({
          doorbraakId: id,
          authorId: director.id,
          text: 'Eerste bijeenkomst met de partners gehouden; de werkgroep heeft een planning voor de komende maanden gemaakt.',
          at: plan.running.progressAt,
          createdAt: plan.running.progressAt,
        });
      }
    }
  }
  await insertRows(context, ProgressUpdateEntity, progress, 'progressUpdates');
  return { items, events };
};

export const insertEscalationEvents = async (
  context: SeedContext,
  events: readonly PendingEscalationEvent[],
  agendaItemByPlacement: ReadonlyMap<string, string>,
): Promise<void> => {
  await insertRows(
    context,
    EscalationEventEntity,
    events.map(({ placementKey: key, row }) => ({
      ...row,
      agendaItemId: key ? (agendaItemByPlacement.get(key) ?? null) : null,
    })),
    'escalationEvents',
  );
};
