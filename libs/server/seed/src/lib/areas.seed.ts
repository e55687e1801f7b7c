import { In } from 'typeorm';
import { AllianceEntity, FocusAreaEntity, PartnerEntity } from '@doorbraak/server-data';
import { allianceNameFor, cadenceWeeksFor, horizonFor } from './alliance-names';
import type { FocusAreaData } from './focus-area-data';
import type { PartnerSpec } from './partner-mapping';
import { insertRows, type SeedContext } from './seed-context';

// The data gives bare hosts ("www.samennieuw-west.nl"); links need a scheme.
const websiteOf = (website: string | null): string | null => {
  const trimmed = website?.trim();
  if (!trimmed) {
    return null;
  }
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
};

// Returns the focus-area id per slug.
export const ensureFocusAreas = async (
  context: SeedContext,
  areas: readonly FocusAreaData[],
): Promise<ReadonlyMap<string, string>> => {
  const existing = await context.manager.find(FocusAreaEntity, {
    where: { slug: In(areas.map((area) => area.slug)) },
    select: { id: true, slug: true },
  });
  const idBySlug = new Map(existing.map((row) => [row.slug, row.id]));
  const missing = areas.filter((area) => !idBySlug.has(area.slug));
  const ids = await insertRows(
    context,
    FocusAreaEntity,
    missing.map((area) => ({
      slug: area.slug,
      name: area.name,
      municipality: area.municipality,
      inhabitants: area.inhabitants,
      wijken: area.wijken,
      website: websiteOf(area.website),
      displayOrder: area.order,
      ambitions: area.ambitions,
      characteristics: area.characteristics,
      indicators: area.indicatorsMentioned,
      workingPractices: area.workingPractices,
    })),
    'focusAreas',
  );
  missing.forEach((area, index) => idBySlug.set(area.slug, ids[index]));
  return idBySlug;
};

export type AllianceSpec = {
  readonly area: FocusAreaData;
  readonly focusAreaId: string;
  readonly chairId: string;
};

// Returns the alliance id per slug (an alliance's slug is its focus area's).
export const ensureAlliances = async (
  context: SeedContext,
  specs: readonly AllianceSpec[],
): Promise<ReadonlyMap<string, string>> => {
  const existing = await context.manager.find(AllianceEntity, {
    where: { slug: In(specs.map((spec) => spec.area.slug)) },
    select: { id: true, slug: true },
  });
  const idBySlug = new Map(existing.map((row) => [row.slug, row.id]));
  const missing = specs.filter((spec) => !idBySlug.has(spec.area.slug));
  const ids = await insertRows(
    context,
    AllianceEntity,
    missing.map(({ area, focusAreaId, chairId }) => {
      const horizon = horizonFor(area.slug);
      return {
        focusAreaId,
        slug: area.slug,
        name: allianceNameFor(area),
        programmeDescription: area.programmeName,
        chairId,
        programmeBureau: `Programmabureau ${area.name}`,
        meetingCadence: area.meetingCadence,
        meetingCadenceWeeks: cadenceWeeksFor(area.meetingCadence),
        horizonStartYear: horizon.startYear,
        horizonEndYear: horizon.endYear,
      };
    }),
    'alliances',
  );
  missing.forEach((spec, index) => idBySlug.set(spec.area.slug, ids[index]));
  return idBySlug;
};

// Returns the partner id per name, for one alliance.
export const ensurePartners = async (
  context: SeedContext,
  allianceId: string,
  partners: readonly PartnerSpec[],
): Promise<ReadonlyMap<string, string>> => {
  const existing = await context.manager.find(PartnerEntity, { where: { allianceId }, select: { id: true, name: true } });
  const idByName = new Map(existing.map((row) => [row.name, row.id]));
  const missing = partners.filter((partner) => !idByName.has(partner.name));
  const ids = await insertRows(
    context,
    PartnerEntity,
    missing.map((partner) => ({ allianceId, name: partner.name, type: partner.type })),
    'partners',
  );
  missing.forEach((partner, index) => idByName.set(partner.name, ids[index]));
  return idByName;
};
