import { GraphQLError } from 'graphql';

export type InputErrorReason =
  | 'INVALID_CHARACTERS'
  | 'CONTROL_CHARACTER'
  | 'TEXT_TOO_LONG'
  | 'TITLE_TOO_LONG'
  | 'TOO_MANY_WORDS'
  | 'INVALID_DATE_TIME'
  | 'INVALID_DATE'
  | 'DATE_OUT_OF_RANGE';

// An argument the API refuses before any resolver runs: 400 BAD_USER_INPUT, the rule as `reason` and
// the input field it is about as `field` (the web puts the message beside that field).
export class InputError extends GraphQLError {
  constructor(message: string, reason: InputErrorReason, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', reason, ...(field ? { field } : {}), http: { status: 400 } } });
    this.name = 'InputError';
  }
}

// A refused scalar reaches the response wrapped by graphql-js (a literal as a validation error, a
// variable as a coercion error); the InputError inside says what was wrong.
export const inputErrorIn = (error: unknown): InputError | null => {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof InputError) {
      return current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
};
