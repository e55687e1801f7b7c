import { graphql } from '@doorbraak/web-data-access';

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
