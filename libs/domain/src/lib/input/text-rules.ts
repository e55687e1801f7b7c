// What a text input may hold, per purpose: one table for the API (which enforces it and states it
// in the schema) and the web forms. Lengths count code points, so an accent or emoji counts once.
export type TextRule = {
  readonly maxLength: number;
  // Multi-line text may hold line breaks and tabs; no text holds any other control character.
  readonly multiline: boolean;
  // For search boxes: each word becomes a term of a full-text query.
  readonly maxWords?: number;
  // How a message names the field: "The title has …".
  readonly label: string;
};

const line = (maxLength: number, label: string): TextRule => ({ maxLength, multiline: false, label });
const lines = (maxLength: number, label: string): TextRule => ({ maxLength, multiline: true, label });

export const TEXT_RULES = {
  title: line(200, 'the title'),
  name: line(200, 'the name'),
  email: line(254, 'the email address'),
  password: line(128, 'the password'),
  location: line(200, 'the location'),
  legalReference: line(200, 'the legal basis'),
  // Slugs, entity types, operation names.
  identifier: line(100, 'the name'),
  // Invitation tokens and page cursors.
  token: line(512, 'the code'),
  isoDate: line(10, 'the date'),
  isoDuration: line(40, 'the duration'),
  search: { ...line(200, 'the search text'), maxWords: 20 },
  reason: lines(2_000, 'the reason'),
  impact: lines(2_000, 'the impact'),
  progressNote: lines(5_000, 'the progress note'),
  ministryNote: lines(2_000, 'the note'),
  ministryAnswer: lines(10_000, 'the answer'),
  actionItemNote: lines(2_000, 'the progress note'),
  description: lines(10_000, 'the description'),
  decision: lines(10_000, 'the text of the decision'),
  agendaMinute: lines(5_000, 'the minutes of the item'),
  minutes: lines(50_000, 'the minutes'),
} as const satisfies Record<string, TextRule>;

// Any text the schema does not give a purpose: short and on one line.
export const DEFAULT_TEXT_RULE: TextRule = line(1_000, 'the text');

// Ids are UUIDs; anything much longer is not one.
export const ID_RULE: TextRule = line(100, 'the id');

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
      message: `${capitalised(rule.label)} holds a character that is not text (a NUL character or half a UTF-16 character).`,
    };
  }
  if (hasControl(value, rule.multiline)) {
    return {
      reason: 'CONTROL_CHARACTER',
      message: rule.multiline
        ? `${capitalised(rule.label)} holds a control character; only line breaks and tabs are allowed.`
        : `${capitalised(rule.label)} holds a control character (such as a line break or tab); it is one line of text.`,
    };
  }
  // Cheap first: a string no longer in UTF-16 units than the maximum is short enough in code points too.
  if (value.length > rule.maxLength) {
    const length = Array.from(value).length;
    if (length > rule.maxLength) {
      return {
        reason: 'TEXT_TOO_LONG',
        message: `${capitalised(rule.label)} has ${length} characters; the maximum is ${rule.maxLength}.`,
      };
    }
  }
  if (rule.maxWords !== undefined) {
    const words = wordCount(value);
    if (words > rule.maxWords) {
      return { reason: 'TOO_MANY_WORDS', message: `${capitalised(rule.label)} has ${words} words; the maximum is ${rule.maxWords}.` };
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
