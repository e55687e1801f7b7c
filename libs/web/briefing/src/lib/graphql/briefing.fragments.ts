import { graphql } from '@doorbraak/web-data-access';

export const BriefingItemRefFragment = graphql(`
  fragment BriefingItemRef on MeetingItemRef {
    id
    kind
    title
    status
    rung
    answerFlag
  }
`);

export const BriefingMoveFragment = graphql(`
  fragment BriefingMoveFields on BriefingMove {
    fromRung
    toRung
    cause
    reason
    at
    item {
      ...BriefingItemRef
    }
  }
`);

export const BriefingActionItemFragment = graphql(`
  fragment BriefingActionItem on ActionItem {
    id
    description
    kind
    dueDate
    createdAt
    committedBy
    owner {
      id
      name
    }
    committedByPartner {
      id
      name
    }
  }
`);
