import { graphql } from '../generated';

// The ministry's answer clock of a vastloper or a dossier, as the MinistryAnswer section shows it.

export const AnswerTimeFragment = graphql(`
  fragment AnswerTimeFields on AnswerTime {
    reachedRung
    reachedMinistryAt
    acknowledgeBy
    acknowledgedAt
    acknowledgeNote
    answerBy
    answeredAt
    answer
    acknowledgeFlaggedAt
    answerFlaggedAt
    closedAt
    flag
  }
`);
