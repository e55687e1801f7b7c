import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedFields } from './selection';

const infoOf = (source: string) => {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const root = operation?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) throw new Error('no root field');
  return { fieldNodes: [root], fragments };
};

describe('selectedFields', () => {
  it('finds the fields under a path, by their names (not their aliases)', () => {
    const info = infoOf('{ vastlopers { totalCount edges { cursor node { id boss: owner { name } } } } }');
    expect([...selectedFields(info, ['edges', 'node'])]).toEqual(['id', 'owner']);
    expect([...selectedFields(info, [])]).toEqual(['totalCount', 'edges']);
  });

  it('looks through named and inline fragments, at any level of the path', () => {
    const info = infoOf(`{ vastlopers { ...Page } }
      fragment Page on VastloperConnection { edges { node { id ... on Vastloper { lastEscalation { at } } } } edges { node { ...Owner } } }
      fragment Owner on Vastloper { owner { name } }`);
    expect(new Set(selectedFields(info, ['edges', 'node']))).toEqual(new Set(['id', 'lastEscalation', 'owner']));
  });

  it('is empty when the path is not selected', () => {
    expect(selectedFields(infoOf('{ vastlopers { totalCount } }'), ['edges', 'node']).size).toBe(0);
  });
});
