import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  amsterdamToday,
  dateWindowProblem,
  DEFAULT_TEXT_RULE,
  ID_RULE,
  instantWindowProblem,
  parseIsoDate,
  TEXT_RULES,
  textProblem,
  type TextRule,
} from '@doorbraak/domain';
import { InputError } from './input-error';
import { argumentRuleKey, INPUT_RULE, type InputRule } from './input-rules';

type Check = { readonly now: Date; readonly today: string };

const textError = (value: string, rule: TextRule, field: string): InputError | null => {
  const problem = textProblem(value, rule);
  if (!problem) {
    return null;
  }
  // Titles kept the reason they had before the limits moved here; the web translates it.
  const reason = problem.reason === 'TEXT_TOO_LONG' && rule === TEXT_RULES.title ? 'TITLE_TOO_LONG' : problem.reason;
  return new InputError(problem.message, reason, field);
};

const scalarError = (value: unknown, type: GraphQLNamedType, rule: InputRule | undefined, field: string, check: Check): InputError | null => {
  if (typeof value === 'string') {
    const text = rule?.kind === 'text' ? rule.text : rule?.kind === 'isoDate' ? TEXT_RULES.isoDate : type.name === 'ID' ? ID_RULE : DEFAULT_TEXT_RULE;
    const error = textError(value, text, field);
    if (error || rule?.kind !== 'isoDate' || (rule.allowEmpty && value === '')) {
      return error;
    }
    const parsed = parseIsoDate(value);
    const problem = parsed.problem ?? dateWindowProblem(value, rule.window, check.today);
    return problem ? new InputError(problem.message, problem.reason, field) : null;
  }
  if (value instanceof Date && rule?.kind === 'dateTime') {
    const problem = instantWindowProblem(value, rule.window, check.now);
    return problem ? new InputError(problem.message, problem.reason, field) : null;
  }
  return null;
};

const valueError = (value: unknown, type: GraphQLInputType, rule: InputRule | undefined, field: string, check: Check): InputError | null => {
  if (value === null || value === undefined) {
    return null;
  }
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const error = valueError(item, nullable.ofType, rule, field, check);
      if (error) {
        return error;
      }
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const inputField of Object.values(nullable.getFields())) {
      const fieldRule = inputField.extensions[INPUT_RULE] as InputRule | undefined;
      const error = valueError((value as Record<string, unknown>)[inputField.name], inputField.type, fieldRule, inputField.name, check);
      if (error) {
        return error;
      }
    }
    return null;
  }
  return scalarError(value, getNamedType(nullable), rule, field, check);
};

const argumentsError = (
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  variables: Record<string, unknown>,
  check: Check,
): InputError | null => {
  if (field.args.length === 0) {
    return null;
  }
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(field, node, variables);
  } catch {
    // Execution reports a wrong argument itself, with its own BAD_USER_INPUT.
    return null;
  }
  for (const argument of field.args) {
    const rule = field.extensions[argumentRuleKey(argument.name)] as InputRule | undefined;
    const error = valueError(values[argument.name], argument.type, rule, argument.name, check);
    if (error) {
      return error;
    }
  }
  return null;
};

// The first argument value of the operation, literal or variable, at any depth, that breaks its rule:
// every text (no NUL, no lone surrogate, no control characters, a length per purpose), every date.
export const findInputError = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  now: Date,
): InputError | null => {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) {
    // graphql-js refuses these itself (400 BAD_USER_INPUT) before anything runs.
    return null;
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  const check: Check = { now, today: amsterdamToday(now) };
  const visited = new Set<string>();
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined): InputError | null => {
    for (const selection of selectionSet.selections) {
      let error: InputError | null = null;
      if (selection.kind === Kind.FIELD) {
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[selection.name.value] : undefined;
        if (field) {
          error = argumentsError(field, selection, coerced.coerced, check);
          if (!error && selection.selectionSet) {
            error = walk(selection.selectionSet, getNamedType(field.type));
          }
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        error = walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          error = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
        }
      }
      if (error) {
        return error;
      }
    }
    return null;
  };
  return walk(operation.selectionSet, schema.getRootType(operation.operation));
};
