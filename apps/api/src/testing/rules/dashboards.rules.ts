import { defineRules, policy } from '../operation-rules';

const FIGURES = 'open parked perRung { rung count } ageOfOpen { bucket count } perMonth { month escalations resolutions } overdueActionItems';

export const RULES = defineRules({
  feature: 'dashboards',
  rules: [
    {
      // Who may not see the alliance gets NOT_FOUND; who sees it but not its items (the administrator), FORBIDDEN.
      name: 'allianceDashboard',
      operation: 'Query.allianceDashboard',
      access: policy('item.read'),
      targets: ['own', 'other'],
      denied: { notFoundUnless: 'alliance.read' },
      call: ({ allianceId }) => ({
        query: `query ($id: ID!) { allianceDashboard(allianceId: $id) { allianceId figures { ${FIGURES} } overdueActionItemsPerPartner { partnerId count } } }`,
        variables: { id: allianceId },
      }),
    },
    {
      name: 'nationalDashboard',
      operation: 'Query.nationalDashboard',
      access: policy('national.read'),
      targets: ['national'],
      denied: 'FORBIDDEN',
      call: () => ({
        query: `{ nationalDashboard { totals { ${FIGURES} } areas { allianceId open } overdueActionItemsPerPartnerType { partnerType count }
          heatMap { allianceId perCategory { category open } } openPerMinistry { ministry open } openPerLaw { law open }
          unansweredMinistries { ministry waiting oldestSince oldestDays } } }`,
      }),
    },
  ],
});
