import { graphql } from '@doorbraak/web-data-access';

export const VastloperQuery = graphql(`
  query Vastloper($id: ID!) {
    vastloper(id: $id) {
      ...VastloperSummary
      description
      actielijn
      owningMinistry
      legalReference
      remedy
      createdAt
      acknowledgedAt
      lastProgressAt
      parkedUntil
      parkReason
      resolution
      resolvedAt
      owner {
        id
        name
        organisation
      }
      reporter {
        id
        name
      }
      answerTime {
        ...AnswerTimeFields
      }
      viewerCan {
        acknowledgeForMinistry
        answerForMinistry
        update
        addProgress
        acknowledge
        escalate
        deEscalate
        park
        unpark
        resolve
        withdraw
        seeSimilar
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
      doorbraken {
        id
        title
        status
      }
      dossierTimeline {
        kind
        at
        via
        text
        dossier {
          id
          title
        }
        otherDossier {
          id
          title
        }
        actor {
          id
          name
        }
      }
      dossier {
        id
        title
      }
    }
  }
`);
