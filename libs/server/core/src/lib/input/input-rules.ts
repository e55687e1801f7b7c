import { Args, Extensions, Field } from '@nestjs/graphql';
import {
  describeTextRule,
  ISO_DATE_DESCRIPTION,
  type DateWindow,
  type TextRule,
} from '@doorbraak/domain';

// What the API checks of one argument or input field before any resolver runs. The rule travels in the
// schema's `extensions`, where the input validation reads it; the schema's description states it.
export type InputRule =
  | { readonly kind: 'text'; readonly text: TextRule }
  | { readonly kind: 'isoDate'; readonly window: DateWindow; readonly allowEmpty: boolean }
  | { readonly kind: 'dateTime'; readonly window: DateWindow };

// On an input field; on a query or mutation, one key per argument (Nest gives arguments no extensions).
export const INPUT_RULE = 'inputRule';
export const argumentRuleKey = (argument: string): string => `${INPUT_RULE}:${argument}`;

type FieldOptions = { readonly nullable?: boolean; readonly description?: string; readonly defaultValue?: unknown };

const withLimit = (description: string | undefined, limit: string): string =>
  description ? `${description}${/[.!?]$/.test(description) ? '' : '.'} ${limit}` : limit;

const describe = (rule: InputRule): string => {
  switch (rule.kind) {
    case 'text':
      return describeTextRule(rule.text);
    case 'isoDate':
      return `${ISO_DATE_DESCRIPTION} ${rule.window.description}${rule.allowEmpty ? ' An empty string clears it.' : ''}`;
    case 'dateTime':
      return rule.window.description;
  }
};

const textRule = (text: TextRule): InputRule => ({ kind: 'text', text });

// Nest types `nullable` and `defaultValue` by a literal union and the field's type; here they are plain values.
const typeOptions = (rule: InputRule, options: FieldOptions): { nullable: true; description: string } =>
  ({
    nullable: options.nullable ?? false,
    description: withLimit(options.description, describe(rule)),
    ...(options.defaultValue === undefined ? {} : { defaultValue: options.defaultValue }),
  }) as { nullable: true; description: string };

const ruledField =
  (rule: InputRule, type: () => unknown, options: FieldOptions): PropertyDecorator =>
  (target, key) => {
    Field(type as () => StringConstructor, typeOptions(rule, options))(target, key);
    (Extensions({ [INPUT_RULE]: rule }) as PropertyDecorator)(target, key);
  };

const ruledArg =
  (name: string, rule: InputRule, type: () => unknown, options: FieldOptions): ParameterDecorator =>
  (target, key, index) => {
    Args(name, { type, ...typeOptions(rule, options) })(target, key, index);
    (Extensions({ [argumentRuleKey(name)]: rule }) as PropertyDecorator)(target, key as string);
  };

// A text input field of an @InputType, with the limits of its purpose (TEXT_RULES).
export const TextField = (rule: TextRule, options: FieldOptions = {}): PropertyDecorator => ruledField(textRule(rule), () => String, options);

// A text argument of a query or mutation.
export const TextArg = (name: string, rule: TextRule, options: FieldOptions = {}): ParameterDecorator =>
  ruledArg(name, textRule(rule), () => String, options);

// An ISO date kept as text (YYYY-MM-DD), within a window around today.
export const IsoDateField = (
  window: DateWindow,
  options: FieldOptions & { readonly list?: boolean; readonly allowEmpty?: boolean } = {},
): PropertyDecorator =>
  ruledField({ kind: 'isoDate', window, allowEmpty: options.allowEmpty ?? false }, options.list ? () => [String] : () => String, options);

// An instant (the strict DateTime scalar) within a window around now.
export const DateTimeField = (window: DateWindow, options: FieldOptions = {}): PropertyDecorator =>
  ruledField({ kind: 'dateTime', window }, () => Date, options);

export const DateTimeArg = (name: string, window: DateWindow, options: FieldOptions = {}): ParameterDecorator =>
  ruledArg(name, { kind: 'dateTime', window }, () => Date, options);
