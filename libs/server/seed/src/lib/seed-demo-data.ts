import type { DataSource } from 'typeorm';
import { allianceNameFor, cadenceWeeksFor } from './alliance-names';
import { seedAnswerClocks } from './answer-clocks.seed';
import { ensureAlliances, ensureFocusAreas, ensurePartners } from './areas.seed';
import { demoCastFor } from './demo-people';
import { findFocusAreaDataFile, readFocusAreaData, type FocusAreaData } from './focus-area-data';
import {
  createScenarioCounters,
  insertEscalationEvents,
  seedAllianceItems,
  type PendingEscalationEvent,
  type SeededItem,
} from './items.seed';
import { seedDossiers } from './dossiers.seed';
import { ensureDefaultLadder } from './ladder.seed';
import { seedAllianceMeetings, seedNationalMeetings } from './meetings.seed';
import { partnerSpecsFor } from './partner-mapping';
import {
  ensureMemberships,
  ensurePartnerRepresentative,
  ensurePeople,
  ensureRijksvertegenwoordigers,
  type MembershipSpec,
  type PersonRef,
  type RijksvertegenwoordigerSpec,
} from './people.seed';
import { ministryFor, positionFor } from './rijksvertegenwoordiger-profile';
import type { SeedContext } from './seed-context';
import { emptySeedSummary, type SeedSummary } from './seed-summary';

export type SeedOptions = {
  // Demo history is placed relative to this moment.
  readonly now: Date;
  // data/focus-areas.json, found by walking up from this library when not given.
  readonly dataFile?: string;
};

// Rijksvertegenwoordigers joined their alliance at the start of the programme's first full year.
const ASSIGNMENT_SINCE = '2024-01-01';

const personOf = (people: ReadonlyMap<string, PersonRef>, email: string): PersonRef => {
  const person = people.get(email);
  if (!person) {
    throw new Error(`seed: demo account ${email} was not created`);
  }
  return person;
};

// Loads the demo data in one transaction. Every row is keyed by something natural (slug, email,
// (alliance, name), (alliance, title), one meeting series per alliance), existing rows are never
// updated, so running it again changes nothing.
export const seedDemoData = async (dataSource: DataSource, options: SeedOptions): Promise<SeedSummary> => {
  const areas = readFocusAreaData(options.dataFile ?? findFocusAreaDataFile());
  return dataSource.transaction(async (manager) => {
    // Two seeds at once would both see "missing" rows; the second waits and then finds them.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('doorbraak:seed'))`);
    const context: SeedContext = { manager, now: options.now, created: emptySeedSummary() };
    await seedAll(context, areas);
    return context.created;
  });
};

const seedAll = async (context: SeedContext, areas: readonly FocusAreaData[]): Promise<void> => {
  await ensureDefaultLadder(context);

  const partnerSpecs = new Map(areas.map((area) => [area.slug, partnerSpecsFor(area.partners)]));
  const partnersOf = (area: FocusAreaData) => partnerSpecs.get(area.slug) ?? [];
  const cast = demoCastFor(areas, ministryFor, partnersOf);
  const people = await ensurePeople(context, cast.everyone);
  const coordinator = personOf(people, cast.coordinator.email);
  const castOf = (area: FocusAreaData) => {
    const spec = cast.alliances.get(area.slug);
    if (!spec) {
      throw new Error(`seed: no demo cast for ${area.slug}`);
    }
    return {
      spec,
      director: personOf(people, spec.director.email),
      mayor: personOf(people, spec.mayor.email),
      rijksvertegenwoordiger: personOf(people, spec.rijksvertegenwoordiger.email),
      partnerMember: personOf(people, spec.partnerMember.email),
    };
  };

  const focusAreaIds = await ensureFocusAreas(context, areas);
  const allianceIds = await ensureAlliances(
    context,
    areas.map((area) => ({
      area,
      focusAreaId: focusAreaIds.get(area.slug) as string,
      chairId: castOf(area).mayor.id,
    })),
  );
  const allianceIdOf = (area: FocusAreaData): string => allianceIds.get(area.slug) as string;

  const memberships: MembershipSpec[] = [
    { personId: coordinator.id, allianceId: null, role: 'NATIONAL_COORDINATOR' },
    { personId: personOf(people, cast.admin.email).id, allianceId: null, role: 'ADMIN' },
  ];
  const rijksvertegenwoordigers: RijksvertegenwoordigerSpec[] = [];
  for (const area of areas) {
    const allianceId = allianceIdOf(area);
    const { director, mayor, rijksvertegenwoordiger, partnerMember } = castOf(area);
    memberships.push(
      { personId: director.id, allianceId, role: 'PROGRAMME_DIRECTOR' },
      { personId: mayor.id, allianceId, role: 'MAYOR' },
      { personId: rijksvertegenwoordiger.id, allianceId, role: 'RIJKSVERTEGENWOORDIGER' },
      { personId: partnerMember.id, allianceId, role: 'PARTNER_MEMBER' },
    );
    rijksvertegenwoordigers.push({
      personId: rijksvertegenwoordiger.id,
      allianceId,
      ministry: ministryFor(area),
      position: positionFor(area),
      since: ASSIGNMENT_SINCE,
    });
  }
  await ensureMemberships(context, memberships);
  await ensureRijksvertegenwoordigers(context, rijksvertegenwoordigers);

  const counters = createScenarioCounters();
  const placements = new Map<string, string>();
  const events: PendingEscalationEvent[] = [];
  const seededItems: SeededItem[] = [];
  const rijksvertegenwoordigerByAlliance = new Map<string, PersonRef>();
  for (const area of areas) {
    const allianceId = allianceIdOf(area);
    const { spec, director, mayor, rijksvertegenwoordiger, partnerMember } = castOf(area);
    rijksvertegenwoordigerByAlliance.set(allianceId, rijksvertegenwoordiger);

    const partnerIds = await ensurePartners(context, allianceId, partnersOf(area));
    const partnerId = partnerIds.get(spec.representedPartner.name) as string;
    await ensurePartnerRepresentative(context, partnerId, partnerMember.id);

    const ministry = ministryFor(area);
    const seeded = await seedAllianceItems(
      context,
      { area, allianceId, ministry, director, rijksvertegenwoordiger, coordinator },
      counters,
    );
    events.push(...seeded.events);
    seededItems.push(...seeded.items);

    await seedAllianceMeetings(
      context,
      {
        area,
        allianceId,
        allianceName: allianceNameFor(area),
        cadenceWeeks: cadenceWeeksFor(area.meetingCadence),
        ministry,
        director,
        mayor,
        rijksvertegenwoordiger,
        partnerMember,
        partner: { id: partnerId, name: spec.representedPartner.name },
        items: seeded.items,
      },
      placements,
    );
  }
  await seedNationalMeetings(
    context,
    { coordinator, rijksvertegenwoordigers: rijksvertegenwoordigerByAlliance },
    seededItems,
    placements,
  );
  // Last: an escalation event points at the agenda item its arrival created.
  await insertEscalationEvents(context, events, placements);
  await seedDossiers(context, {
    coordinator,
    rijksvertegenwoordigerOf: (slug) => {
      const area = areas.find((candidate) => candidate.slug === slug);
      return area ? castOf(area).rijksvertegenwoordiger : undefined;
    },
  });
  // After the events: a clock starts when the item first arrived at a ministry rung.
  await seedAnswerClocks(context);
};
