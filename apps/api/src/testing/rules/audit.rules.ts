import { defineRules, policy } from '../operation-rules';

export const RULES = defineRules({
  feature: 'audit',
  rules: [
    {
      name: 'auditEntries',
      operation: 'Query.auditEntries',
      access: policy('audit.read'),
      targets: ['national'],
      denied: 'FORBIDDEN',
      call: () => ({ query: '{ auditEntries(first: 5) { totalCount nodes { operation actorId } } }' }),
    },
  ],
});
