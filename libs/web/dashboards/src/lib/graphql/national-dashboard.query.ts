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
      heatMap {
        allianceId
        allianceName
        allianceSlug
        perCategory {
          category
          open
        }
      }
      openPerMinistry {
        ministry
        open
      }
      openPerLaw {
        law
        open
      }
      unansweredMinistries {
        ministry
        waiting
        oldestSince
        oldestDays
      }
    }
  }
`);
