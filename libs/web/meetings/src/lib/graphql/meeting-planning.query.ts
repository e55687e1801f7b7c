import { graphql } from '@doorbraak/web-data-access';

export const MeetingPlanningQuery = graphql(`
  query MeetingPlanning {
    meetingPlanning {
      allianceId
      allianceName
      types
    }
  }
`);
