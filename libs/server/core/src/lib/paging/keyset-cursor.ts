import { isUuid } from '../domain-error';

// The PostgreSQL type of a sort key, which is also how a cursor's value is checked and cast back.
export type KeysetKeyType = 'timestamptz' | 'date' | 'integer';

const VALUE_PATTERNS: Readonly<Record<KeysetKeyType, RegExp>> = {
  timestamptz: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  integer: /^-?\d{1,9}$/,
};

// Cursors are opaque: the sort keys of the last row (as PostgreSQL text, so microseconds are kept) and its id.
export const encodeCursor = (values: readonly string[], id: string): string => Buffer.from(JSON.stringify([...values, id])).toString('base64url');

// The keys and id of a cursor this API gave out for a list sorted by keys of these types; null for anything else.
export const decodeCursor = (cursor: string, types: readonly KeysetKeyType[]): { values: string[]; id: string } | null => {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === types.length + 1 &&
      value.every((part) => typeof part === 'string') &&
      types.every((type, index) => VALUE_PATTERNS[type].test(value[index] as string)) &&
      isUuid(value[types.length] as string)
    ) {
      const parts = value as string[];
      return { values: parts.slice(0, types.length), id: parts[types.length] };
    }
  } catch {
    // Falls through: not a cursor of ours.
  }
  return null;
};
