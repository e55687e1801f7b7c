import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

const selectedFieldNodes = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): FieldNode[] => {
  const fieldsOf = (sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] => {
    const fields: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined): void => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === Kind.FIELD) fields.push(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
        else visit(info.fragments[selection.name.value]?.selectionSet);
      }
    };
    sets.forEach(visit);
    return fields;
  };
  let level = fieldsOf(info.fieldNodes.map((node) => node.selectionSet));
  for (const name of path) {
    level = fieldsOf(level.filter((field) => field.name.value === name).map((field) => field.selectionSet));
  }
  return level;
};

// The fields a question selects under a path of this field's result (such as ['edges', 'node'] of a
// connection), through fragments and inline fragments, whatever their type condition: a list reads in its own
// statement what its rows' fields would otherwise load one query each.
export const selectedFields = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): ReadonlySet<string> =>
  new Set(selectedFieldNodes(info, path).map((field) => field.name.value));

// The arguments (defaults applied) of a field of this field's result that the question selects, such as a
// detail's `timeline(first: 100)`, when every selection of it has the same ones; null when it is not selected
// or selected twice with different arguments (each then resolves on its own).
export const selectedFieldArguments = (info: GraphQLResolveInfo, name: string): Record<string, unknown> | null => {
  const type = getNamedType(info.returnType);
  const definition = isObjectType(type) ? type.getFields()[name] : undefined;
  const nodes = selectedFieldNodes(info, []).filter((field) => field.name.value === name);
  if (!definition || !nodes.length) return null;
  try {
    const [args, ...others] = nodes.map((node) => getArgumentValues(definition, node, info.variableValues));
    const same = JSON.stringify(args);
    return others.every((other) => JSON.stringify(other) === same) ? args : null;
  } catch {
    // Arguments the field itself will refuse, with its own error.
    return null;
  }
};
