import type { Actielijn, Remedy, VastloperCategory } from '@doorbraak/domain';
import { tokenKind } from './similarity-features';
import { THESAURUS } from './thesaurus/thesaurus';

export const SIMILARITY_REASON_KINDS = [
  'SAME_LAW',
  'SHARED_CONCEPT',
  'SHARED_TERMS',
  'SAME_MINISTRY',
  'SAME_CATEGORY',
  'SAME_REMEDY',
  'SAME_ACTIELIJN',
  'SIMILAR_TITLE',
] as const;
export type SimilarityReasonKind = (typeof SIMILARITY_REASON_KINDS)[number];

// Why two items match, for people (label, in Dutch) and for screens (kind and values).
// SAME_LAW: [law]; SHARED_CONCEPT: [concept, wording here, wording there]; SHARED_TERMS: the words;
// SAME_MINISTRY / SAME_CATEGORY / SAME_REMEDY / SAME_ACTIELIJN: [enum value]; SIMILAR_TITLE: [].
export type SimilarityReason = { readonly kind: SimilarityReasonKind; readonly label: string; readonly values: readonly string[] };

// One term both items carry, with its wording in each and its share of the score.
export type SharedTerm = { readonly term: string; readonly this: string; readonly other: string; readonly weight: number };

const CONCEPT_LABELS = new Map(THESAURUS.map((concept) => [concept.id, concept.label]));

const CATEGORY_LABELS: Record<VastloperCategory, string> = {
  WET_EN_REGELGEVING: 'wet- en regelgeving',
  FINANCIERING: 'financiering',
  GEGEVENSDELING: 'gegevensdeling',
  SAMENWERKING: 'samenwerking',
  CAPACITEIT: 'capaciteit',
  HUISVESTING: 'huisvesting',
  UITVOERING: 'uitvoering',
  VEILIGHEID: 'veiligheid',
  OVERIG: 'overig',
};

const ACTIELIJN_LABELS: Record<Actielijn, string> = {
  SAMENHANGENDE_AANPAK: 'samenhangende aanpak',
  WONINGEN_EN_WIJKEN: 'woningen en wijken',
  MEEDOEN: 'meedoen',
  VEILIGHEID: 'veiligheid',
};

const REMEDY_LABELS: Record<Remedy, string> = {
  MAATWERK: 'maatwerk',
  EXPERIMENTEERBEPALING: 'experimenteerbepaling',
  INTERPRETATIE: 'interpretatie',
  WETSWIJZIGING: 'wetswijziging',
  FINANCIERING: 'financiering',
  ANDERS: 'anders',
};

const SHOWN_WORDS = 6;
export const SIMILAR_TITLE_FROM = 0.35;

const valueOf = (term: string): string => term.slice(term.indexOf(':') + 1);

// The reasons as seen from one item ("this") toward the other, strongest first within each kind.
export const reasonsFor = (shared: readonly SharedTerm[], trigram: number): SimilarityReason[] => {
  const reasons: SimilarityReason[] = [];
  const byKind = (kind: ReturnType<typeof tokenKind>): SharedTerm[] =>
    shared.filter((term) => tokenKind(term.term) === kind).sort((left, right) => right.weight - left.weight);
  for (const law of byKind('LAW')) {
    reasons.push({ kind: 'SAME_LAW', label: `Zelfde wet: ${law.other}`, values: [law.other] });
  }
  for (const concept of byKind('CONCEPT')) {
    const label = CONCEPT_LABELS.get(concept.term.slice(1)) ?? concept.term.slice(1);
    const wording = concept.this === concept.other ? `“${concept.this}”` : `“${concept.this}” en “${concept.other}”`;
    reasons.push({ kind: 'SHARED_CONCEPT', label: `Zelfde onderwerp: ${label} (${wording})`, values: [label, concept.this, concept.other] });
  }
  const words = [...new Set(byKind('WORD').map((word) => word.other))].slice(0, SHOWN_WORDS);
  if (words.length > 0) {
    reasons.push({ kind: 'SHARED_TERMS', label: `Gedeelde woorden: ${words.join(', ')}`, values: words });
  }
  for (const ministry of byKind('MINISTRY')) {
    reasons.push({ kind: 'SAME_MINISTRY', label: `Zelfde ministerie: ${valueOf(ministry.term)}`, values: [valueOf(ministry.term)] });
  }
  for (const category of byKind('CATEGORY')) {
    const value = valueOf(category.term) as VastloperCategory;
    reasons.push({ kind: 'SAME_CATEGORY', label: `Zelfde categorie: ${CATEGORY_LABELS[value] ?? value}`, values: [value] });
  }
  for (const remedy of byKind('REMEDY')) {
    const value = valueOf(remedy.term) as Remedy;
    reasons.push({ kind: 'SAME_REMEDY', label: `Zelfde gevraagde oplossing: ${REMEDY_LABELS[value] ?? value}`, values: [value] });
  }
  for (const actielijn of byKind('ACTIELIJN')) {
    const value = valueOf(actielijn.term) as Actielijn;
    reasons.push({ kind: 'SAME_ACTIELIJN', label: `Zelfde actielijn: ${ACTIELIJN_LABELS[value] ?? value}`, values: [value] });
  }
  if (trigram >= SIMILAR_TITLE_FROM) {
    reasons.push({ kind: 'SIMILAR_TITLE', label: 'Vergelijkbare titel', values: [] });
  }
  return reasons;
};

// The same shared terms seen from the other side.
export const mirrored = (shared: readonly SharedTerm[]): SharedTerm[] =>
  shared.map((term) => ({ term: term.term, this: term.other, other: term.this, weight: term.weight }));
