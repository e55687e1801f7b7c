import { graphql } from '@doorbraak/web-data-access';

export const AllianceDashboardQuery = graphql(`
  query AllianceDashboard($allianceId: ID!) {
    allianceDashboard(allianceId: $allianceId) {
      allianceId
      allianceName
      allianceSlug
      figures {
        ...DashboardFiguresFields
      }
      overdueActionItemsPerPartner {
        partnerId
        partnerName
        partnerType
        count
      }
    }
  }
`);
