import { graphql } from '../generated';

// A similar vastloper elsewhere as the screens show it (the item page and the national triage).
export const SimilarMatchFragment = graphql(`
  fragment SimilarMatch on SimilarVastloper {
    score
    reasons {
      kind
      label
      values
    }
    vastloper {
      id
      title
      confidential
      alliance {
        id
        name
      }
      dossier {
        id
        title
      }
    }
  }
`);
