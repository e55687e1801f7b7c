import { graphql } from '@doorbraak/web-data-access';

// One national dossier as its page shows it: what it is about, who owns it, what it carries and what was noted.
export const DossierQuery = graphql(`
  query Dossier($id: ID!) {
    dossier(id: $id) {
      id
      title
      status
      cause
      owningMinistry
      legalReference
      createdAt
      acceptedAt
      rung
      rungEnteredAt
      nextEscalationAt
      overdueAt
      timeline {
        ...EscalationEventPage
      }
      nextMeeting {
        id
        title
        scheduledAt
      }
      answerTime {
        ...AnswerTimeFields
      }
      closedAt
      outcome
      outcomeText
      createdBy {
        id
        name
      }
      ministryOwner {
        id
        name
        organisation
      }
      mergedInto {
        id
        title
      }
      splitFrom {
        id
        title
      }
      vastlopers {
        id
        title
        status
        alliance {
          id
          name
        }
      }
      hiddenVastloperCount
      notes {
        id
        at
        kind
        text
        author {
          id
          name
        }
      }
      viewerCan {
        accept
        addNote
        close
        acknowledgeForMinistry
        answerForMinistry
      }
    }
  }
`);
