import { createHash } from 'node:crypto';
import type { Actielijn, Ministry, Remedy, VastloperCategory } from '@doorbraak/domain';
import { conceptsIn, lawOfReference, lawsIn, THESAURUS_VERSION } from './thesaurus/concepts';

// What a vastloper is compared on: its words (the Dutch stems PostgreSQL makes of title and description),
// and these tokens made here: the concepts of the thesaurus ("~"), the law, ministry, category, actielijn
// and remedy ("#"). Stems never start with "~" or "#", so the three kinds never collide.
export type SimilaritySource = {
  readonly title: string;
  readonly description: string;
  readonly legalReference: string | null;
  readonly owningMinistry: Ministry | null;
  readonly category: VastloperCategory;
  readonly actielijn: Actielijn;
  readonly remedy: Remedy | null;
};

export type FeatureToken = { readonly term: string; readonly weight: number; readonly surface: string };

// Field weights: a word in the title says more than one in the description; a concept more than a word.
export const WEIGHTS = {
  titleWord: 1,
  descriptionWord: 0.6,
  titleConcept: 1.4,
  descriptionConcept: 1.1,
  law: 1.2,
  ministry: 0.5,
  category: 0.35,
  actielijn: 0.2,
  remedy: 0.3,
} as const;

export const CONCEPT_PREFIX = '~';
export const STRUCTURE_PREFIX = '#';

export const tokenKind = (term: string): 'CONCEPT' | 'LAW' | 'MINISTRY' | 'CATEGORY' | 'ACTIELIJN' | 'REMEDY' | 'WORD' => {
  if (term.startsWith(CONCEPT_PREFIX)) return 'CONCEPT';
  if (term.startsWith('#wet:')) return 'LAW';
  if (term.startsWith('#ministerie:')) return 'MINISTRY';
  if (term.startsWith('#categorie:')) return 'CATEGORY';
  if (term.startsWith('#actielijn:')) return 'ACTIELIJN';
  if (term.startsWith('#remedie:')) return 'REMEDY';
  return 'WORD';
};

export const featureTokens = (source: SimilaritySource): FeatureToken[] => {
  const tokens = new Map<string, FeatureToken>();
  const add = (term: string, weight: number, surface: string): void => {
    const existing = tokens.get(term);
    if (!existing || existing.weight < weight) {
      tokens.set(term, { term, weight, surface });
    }
  };
  for (const [text, weight] of [
    [source.title, WEIGHTS.titleConcept],
    [source.description, WEIGHTS.descriptionConcept],
  ] as const) {
    for (const mention of conceptsIn(text)) {
      add(`${CONCEPT_PREFIX}${mention.entry.id}`, weight, mention.surface.trim());
    }
    for (const mention of lawsIn(text)) {
      add(`#wet:${mention.entry.id}`, WEIGHTS.law, mention.entry.label);
    }
  }
  const law = source.legalReference ? lawOfReference(source.legalReference) : null;
  if (law) add(`#wet:${law.id}`, WEIGHTS.law, law.label);
  if (source.owningMinistry) add(`#ministerie:${source.owningMinistry}`, WEIGHTS.ministry, source.owningMinistry);
  // "Overig" and "anders" say nothing the two items have in common.
  if (source.category !== 'OVERIG') add(`#categorie:${source.category}`, WEIGHTS.category, source.category);
  add(`#actielijn:${source.actielijn}`, WEIGHTS.actielijn, source.actielijn);
  if (source.remedy && source.remedy !== 'ANDERS') add(`#remedie:${source.remedy}`, WEIGHTS.remedy, source.remedy);
  return [...tokens.values()];
};

// Changes when anything compared changes, the thesaurus included.
export const fingerprintOf = (source: SimilaritySource): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        THESAURUS_VERSION,
        source.title,
        source.description,
        source.legalReference,
        source.owningMinistry,
        source.category,
        source.actielijn,
        source.remedy,
      ]),
    )
    .digest('hex');
