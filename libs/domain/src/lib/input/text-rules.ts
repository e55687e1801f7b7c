// What a text input may hold, per purpose: one table for the API (which enforces it and states it
// in the schema) and the web forms. Lengths count code points, so an accent or emoji counts once.
export type TextRule = {
  readonly maxLength: number;
  // Multi-line text may hold line breaks and tabs; no text holds any other control character.
  readonly multiline: boolean;
  // For search boxes: each word becomes a term of a full-text query.
  readonly maxWords?: number;
  // How a message names the field, in Dutch: "De titel is …".
  readonly label: string;
};

const line = (maxLength: number, label: string): TextRule => ({ maxLength, multiline: false, label });
const lines = (maxLength: number, label: string): TextRule => ({ maxLength, multiline: true, label });

export const TEXT_RULES = {
  title: line(200, 'de titel'),
  name: line(200, 'de naam'),
  email: line(254, 'het e-mailadres'),
  password: line(128, 'het wachtwoord'),
  location: line(200, 'de locatie'),
  legalReference: line(200, 'de wettelijke grondslag'),
  // Slugs, entity types, operation names.
  identifier: line(100, 'de naam'),
  // Invitation tokens and page cursors.
  token: line(512, 'de code'),
  isoDate: line(10, 'de datum'),
  isoDuration: line(40, 'de duur'),
  search: { ...line(200, 'de zoektekst'), maxWords: 20 },
  reason: lines(2_000, 'de reden'),
  impact: lines(2_000, 'de impact'),
  progressNote: lines(5_000, 'de voortgangsnotitie'),
  actionItemNote: lines(2_000, 'de voortgangsnotitie'),
  description: lines(10_000, 'de omschrijving'),
  decision: lines(10_000, 'de tekst van het besluit'),
  agendaMinute: lines(5_000, 'de notulen van het punt'),
  minutes: lines(50_000, 'de notulen'),
} as const satisfies Record<string, TextRule>;

// Any text the schema does not give a purpose: short and on one line.
export const DEFAULT_TEXT_RULE: TextRule = line(1_000, 'de tekst');

// Ids are UUIDs; anything much longer is not one.
export const ID_RULE: TextRule = line(100, 'het id');

export type TextProblemReason = 'INVALID_CHARACTERS' | 'CONTROL_CHARACTER' | 'TEXT_TOO_LONG' | 'TOO_MANY_WORDS';

export type TextProblem = { readonly reason: TextProblemReason; readonly message: string };

// A UTF-16 surrogate without its partner: not a character, and PostgreSQL cannot store it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TAB = 0x09;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

// A C0 or C1 control character, or DEL; multi-line text keeps tab, line feed and carriage return.
const hasControl = (value: string, multiline: boolean): boolean => {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const allowed = multiline && (code === TAB || code === LINE_FEED || code === CARRIAGE_RETURN);
    if ((code < 0x20 && !allowed) || (code >= 0x7f && code <= 0x9f)) {
      return true;
    }
  }
  return false;
};

const capitalised = (label: string): string => `${label[0].toUpperCase()}${label.slice(1)}`;

export const wordCount = (value: string): number => value.split(/\s+/).filter((word) => word.length > 0).length;

export const textProblem = (value: string, rule: TextRule): TextProblem | null => {
  // NUL cannot be stored in PostgreSQL text at all.
  if (value.includes('\u0000') || LONE_SURROGATE.test(value)) {
    return {
      reason: 'INVALID_CHARACTERS',
      message: `${capitalised(rule.label)} bevat een teken dat geen tekst is (een NUL-teken of een half UTF-16-teken).`,
    };
  }
  if (hasControl(value, rule.multiline)) {
    return {
      reason: 'CONTROL_CHARACTER',
      message: rule.multiline
        ? `${capitalised(rule.label)} bevat een stuurteken; alleen regelovergangen en tabs zijn toegestaan.`
        : `${capitalised(rule.label)} bevat een stuurteken (zoals een regelovergang of tab); het is één regel tekst.`,
    };
  }
  // Cheap first: a string no longer in UTF-16 units than the maximum is short enough in code points too.
  if (value.length > rule.maxLength) {
    const length = Array.from(value).length;
    if (length > rule.maxLength) {
      return {
        reason: 'TEXT_TOO_LONG',
        message: `${capitalised(rule.label)} is ${length} tekens lang; het maximum is ${rule.maxLength}.`,
      };
    }
  }
  if (rule.maxWords !== undefined) {
    const words = wordCount(value);
    if (words > rule.maxWords) {
      return { reason: 'TOO_MANY_WORDS', message: `${capitalised(rule.label)} telt ${words} woorden; het maximum is ${rule.maxWords}.` };
    }
  }
  return null;
};

const thousands = (value: number): string => value.toLocaleString('en-GB').replace(/,/g, ' ');

// The limit as the schema states it, in English like the rest of the schema's descriptions.
export const describeTextRule = (rule: TextRule): string =>
  [
    `At most ${thousands(rule.maxLength)} characters`,
    rule.maxWords !== undefined ? ` and ${rule.maxWords} words` : '',
    rule.multiline ? '; line breaks and tabs allowed, no other control characters.' : ', on one line (no control characters).',
  ].join('');
