import { graphql } from '@doorbraak/web-data-access';

export const AnswerVastloperMutation = graphql(`
  mutation AnswerVastloper($id: ID!, $answer: String!) {
    answerVastloper(id: $id, answer: $answer) {
      id
    }
  }
`);
