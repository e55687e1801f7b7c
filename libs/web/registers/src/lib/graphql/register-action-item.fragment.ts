import { graphql } from '@doorbraak/web-data-access';

export const RegisterActionItemFragment = graphql(`
  fragment RegisterActionItem on ActionItem {
    id
    description
    kind
    status
    dueDate
    overdue
    committedBy
    progressNote
    progressNoteAt
    statusRequestedAt
    noUpdate
    completedAt
    owner {
      id
      name
    }
    alliance {
      id
      name
      slug
    }
    viewerCan {
      complete
      reportProgress
      manage
    }
  }
`);
