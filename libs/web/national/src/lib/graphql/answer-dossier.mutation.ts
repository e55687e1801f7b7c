import { graphql } from '@doorbraak/web-data-access';

export const AnswerDossierMutation = graphql(`
  mutation AnswerDossier($id: ID!, $answer: String!) {
    answerDossier(id: $id, answer: $answer) {
      id
    }
  }
`);
