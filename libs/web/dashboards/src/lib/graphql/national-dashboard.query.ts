import { graphql } from '@doorbraak/web-data-access';

export const NationalDashboardQuery = graphql(`
  query NationalDashboard {
    nationalDashboard {
      totals {
        ...DashboardFiguresFields
      }
      areas {
        allianceId
        allianceName
        allianceSlug
        open
        overdueActionItems
        perRung {
          rung
          count
        }
      }
      overdueActionItemsPerPartnerType {
        partnerType
        count
      }
    }
  }
`);
