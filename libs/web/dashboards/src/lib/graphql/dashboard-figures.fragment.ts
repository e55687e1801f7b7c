import { graphql } from '@doorbraak/web-data-access';

// The figures both dashboards chart, counted by the API: no item is fetched to be counted here.
export const DashboardFiguresFragment = graphql(`
  fragment DashboardFiguresFields on DashboardFigures {
    open
    parked
    overdueActionItems
    perRung {
      rung
      count
    }
    ageOfOpen {
      bucket
      count
    }
    perMonth {
      month
      escalations
      resolutions
    }
    perActielijn {
      actielijn
      open
      resolved
    }
    perCategory {
      category
      open
      resolved
    }
  }
`);
