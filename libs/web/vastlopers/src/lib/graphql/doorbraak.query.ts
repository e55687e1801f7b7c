import { graphql } from '@doorbraak/web-data-access';

export const DoorbraakQuery = graphql(`
  query Doorbraak($id: ID!) {
    doorbraak(id: $id) {
      id
      title
      description
      status
      kind
      rung
      actielijn
      impact
      stalled
      rungEnteredAt
      acknowledgedAt
      achievedAt
      createdAt
      alliance {
        id
        name
        slug
      }
      sharedWith {
        id
        name
        slug
      }
      owner {
        id
        name
      }
      viewerCan {
        update
        addProgress
        acknowledge
        escalate
        deEscalate
        park
        unpark
        resolve
        withdraw
      }
      timeline {
        ...EscalationEventPage
      }
      progressUpdates {
        ...ProgressUpdatePage
      }
      agendaItems {
        ...AgendaAppearancePage
      }
      vastlopers {
        id
        title
        status
      }
    }
  }
`);
