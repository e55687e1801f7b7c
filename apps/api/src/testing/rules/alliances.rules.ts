import { defineRules, policy, publicAccess, type CallContext, type OperationRule } from '../operation-rules';

type Row = { id: string };

const bySlug = (query: string) => ({ alliances, target }: CallContext<undefined>) => ({
  query,
  variables: { slug: alliances[target === 'other' ? 'other' : 'own'].focusAreaSlug },
});

// A field below the public focus area that crosses into the alliance: FORBIDDEN for another alliance.
const nested = (field: string, selection: string): OperationRule<undefined> => ({
  name: `focusArea { alliance { ${field} } }`,
  operation: 'Query.focusArea',
  access: policy('alliance.read'),
  targets: ['own', 'other'],
  denied: 'FORBIDDEN',
  call: bySlug(`query ($slug: String!) { focusArea(slug: $slug) { alliance { id ${field} ${selection} } } }`),
});

export const RULES = defineRules({
  feature: 'alliances',
  rules: [
    {
      name: 'focusAreas',
      operation: 'Query.focusAreas',
      access: publicAccess,
      targets: ['national'],
      call: () => ({ query: '{ focusAreas { slug alliance { id name } } }' }),
    },
    {
      name: 'focusArea',
      operation: 'Query.focusArea',
      access: publicAccess,
      targets: ['own', 'other'],
      call: bySlug('query ($slug: String!) { focusArea(slug: $slug) { name alliance { id name } } }'),
    },
    nested('chair', '{ name }'),
    nested('partners', '{ name representatives { name } }'),
    nested('rijksvertegenwoordigers', '{ ministry person { name } }'),
    {
      name: 'alliances',
      operation: 'Query.alliances',
      access: policy('alliance.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: () => ({ query: '{ alliances { id partners { name } rijksvertegenwoordigers { id } } }' }),
      rowAlliances: (data) => (data['alliances'] as Row[]).map((row) => row.id),
    },
    {
      name: 'alliance',
      operation: 'Query.alliance',
      access: policy('alliance.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: ({ allianceId }) => ({ query: 'query ($id: ID!) { alliance(id: $id) { id name partners { name } } }', variables: { id: allianceId } }),
    },
    {
      name: 'partners',
      operation: 'Query.partners',
      access: policy('alliance.read'),
      targets: ['own', 'other'],
      denied: 'NOT_FOUND',
      call: ({ allianceId }) => ({
        query: 'query ($id: ID!) { partners(allianceId: $id) { name alliance { id } representatives { name } } }',
        variables: { id: allianceId },
      }),
      rowAlliances: (data) => (data['partners'] as { alliance: Row }[]).map((row) => row.alliance.id),
    },
    {
      // Each one serves at least one alliance the caller may see, and shows only those.
      name: 'rijksvertegenwoordigers { alliances }',
      operation: 'Query.rijksvertegenwoordigers',
      access: policy('alliance.read'),
      targets: ['own', 'other'],
      denied: 'FILTERED',
      call: () => ({ query: '{ rijksvertegenwoordigers { id person { name } alliances { id partners { name } } } }' }),
      rowAlliances: (data) =>
        (data['rijksvertegenwoordigers'] as { id: string; alliances: Row[] }[]).flatMap((rv) =>
          rv.alliances.length > 0 ? rv.alliances.map((alliance) => alliance.id) : [`(rijksvertegenwoordiger ${rv.id} of no visible alliance)`],
        ),
    },
  ],
});
