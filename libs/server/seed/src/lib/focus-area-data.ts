import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MINISTRIES } from '@doorbraak/domain';

// The programme's booklet, summarised per focus area (data/focus-areas.json at the repository root).
const DATA_FILE = path.join('data', 'focus-areas.json');

const ministrySchema = z.enum(MINISTRIES);

const knelpuntSchema = z.object({
  titleNl: z.string().trim().min(1),
  summaryNl: z.string(),
  category: z.string(),
  levelWhereResolvedOrRaised: z.string(),
});

const doorbraakSchema = z.object({
  titleNl: z.string().trim().min(1),
  summaryNl: z.string(),
  // English reference text; only read to tell a proposal from a running initiative.
  summary: z.string(),
  kind: z.enum(['doorbraakinitiatief', 'doorbraak', 'resultaat']),
  figures: z.string().nullable(),
});

const focusAreaSchema = z.object({
  order: z.number().int().positive(),
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1),
  municipality: z.string().min(1),
  inhabitants: z.number().int().nonnegative(),
  wijken: z.number().int().nonnegative(),
  website: z.string().nullable(),
  programmeName: z.string().min(1),
  ambitions: z.array(z.string()),
  characteristics: z.object({ opvallend: z.string(), sociaaleconomisch: z.string(), woningvoorraad: z.string() }),
  interviewees: z.array(z.object({ role: z.string(), organisation: z.string(), ministry: ministrySchema.nullable() })),
  rijksvertegenwoordigerMinistry: ministrySchema.nullable(),
  chair: z.string().nullable(),
  meetingCadence: z.string().nullable(),
  partners: z.array(z.object({ name: z.string().min(1), type: z.string() })),
  knelpunten: z.array(knelpuntSchema),
  doorbraken: z.array(doorbraakSchema),
  workingPractices: z.array(z.string()),
  indicatorsMentioned: z.array(z.string()),
});

const fileSchema = z.object({ focusAreas: z.array(focusAreaSchema).min(1) });

export type FocusAreaData = z.infer<typeof focusAreaSchema>;
export type KnelpuntData = z.infer<typeof knelpuntSchema>;
export type DoorbraakData = z.infer<typeof doorbraakSchema>;

// Walks up from this file, so it works from the sources, from a build in dist/ and from tests.
export const findFocusAreaDataFile = (startDir: string = __dirname): string => {
  for (let dir = path.resolve(startDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, DATA_FILE);
    if (existsSync(candidate)) {
      return candidate;
    }
    if (path.dirname(dir) === dir) {
      throw new Error(`seed: no ${DATA_FILE} in ${startDir} or any folder above it (set SEED_DATA_FILE to its path)`);
    }
  }
};

export const readFocusAreaData = (file: string): FocusAreaData[] => {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`seed: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`seed: ${file} does not have the expected shape:\n  ${problems.join('\n  ')}`);
  }
  const areas = [...parsed.data.focusAreas].sort((a, b) => a.order - b.order);
  const slugs = new Set(areas.map((area) => area.slug));
  if (slugs.size !== areas.length) {
    throw new Error(`seed: ${file} has duplicate focus-area slugs`);
  }
  return areas;
};
