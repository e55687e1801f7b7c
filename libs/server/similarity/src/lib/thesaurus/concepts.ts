import { LAWS, THESAURUS, type Concept, type Law } from './thesaurus';

// Lower case, accents dropped, everything but letters and digits a single space, one space at each end.
export const normalise = (text: string): string =>
  ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Inside a phrase every word but the last stands as written; the last may go on ("kosten en opbrengsten").
const wordPattern = (word: string, last: boolean): string => {
  if (word.startsWith('*')) {
    return `[a-z0-9]*${escape(word.slice(1))}[a-z0-9]*`;
  }
  if (word.endsWith('=') || !last) {
    return `${escape(word.replace(/=$/, ''))}(?![a-z0-9])`;
  }
  return `${escape(word)}[a-z0-9]*`;
};

// A phrase of words; up to two other words may stand between them.
export const compilePattern = (pattern: string): RegExp => {
  const words = pattern
    .trim()
    .split(/\s+/)
    .flatMap((word) => {
      const [, star, core, exact] = /^(\*?)(.*?)(=?)$/.exec(word) as RegExpExecArray;
      // A word of the pattern may fall apart on normalising ("eigenaar-bewoner"): only its ends keep the marks.
      const parts = normalise(core).trim().split(' ');
      return parts.map((part, index) => `${index === 0 ? star : ''}${part}${index === parts.length - 1 ? exact : ''}`);
    });
  const first = words[0].startsWith('*') ? '' : '(?<![a-z0-9])';
  return new RegExp(`${first}${words.map((word, index) => wordPattern(word, index === words.length - 1)).join('(?: [a-z0-9]+){0,2} ')}`, 'g');
};

// One regular expression per entry: its patterns as alternatives, the first that matches names the surface.
type Compiled<T> = { readonly entry: T; readonly pattern: RegExp };

const compile = <T extends { patterns: readonly string[] }>(entries: readonly T[]): Compiled<T>[] =>
  entries.map((entry) => ({ entry, pattern: new RegExp(entry.patterns.map((pattern) => `(?:${compilePattern(pattern).source})`).join('|'), 'g') }));

const CONCEPTS = compile<Concept>(THESAURUS);
const LAW_PATTERNS = compile<Law>(LAWS);

export type Mention<T> = { readonly entry: T; readonly surface: string };

const mentions = <T>(compiled: readonly Compiled<T>[], text: string): Mention<T>[] => {
  const normal = normalise(text);
  const found: Mention<T>[] = [];
  for (const { entry, pattern } of compiled) {
    pattern.lastIndex = 0;
    const match = pattern.exec(normal);
    if (match) {
      found.push({ entry, surface: match[0] });
    }
  }
  return found;
};

export const conceptsIn = (text: string): Mention<Concept>[] => mentions(CONCEPTS, text);

export const lawsIn = (text: string): Mention<Law>[] => mentions(LAW_PATTERNS, text);

const LAW_ARTICLE = /\s+(art\.?|artikel|lid)\b.*$/i;

// A legal reference names a law and maybe an article: the known law, or else its name without the article.
export const lawOfReference = (reference: string): { id: string; label: string } | null => {
  const known = lawsIn(reference)[0];
  if (known) {
    return { id: known.entry.id, label: known.entry.label };
  }
  const name = reference.replace(LAW_ARTICLE, '').trim();
  const id = normalise(name).trim().replace(/ /g, '-');
  return id ? { id, label: name } : null;
};

// Part of every stored fingerprint: a changed thesaurus makes every document out of date.
export const THESAURUS_VERSION = ((): string => {
  const text = JSON.stringify([THESAURUS, LAWS]);
  let hash = 0;
  for (let index = 0; index < text.length; index++) {
    hash = (Math.imul(31, hash) + text.charCodeAt(index)) | 0;
  }
  return (hash >>> 0).toString(16);
})();
