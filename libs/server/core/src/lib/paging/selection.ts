import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

// The fields a question selects under a path of this field's result (such as ['edges', 'node'] of a
// connection), through fragments and inline fragments, whatever their type condition: a list reads in its own
// statement what its rows' fields would otherwise load one query each.
export const selectedFields = (info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): ReadonlySet<string> => {
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
  return new Set(level.map((field) => field.name.value));
};
