import { graphql } from '@doorbraak/web-data-access';

export const VastloperSummaryFragment = graphql(`
  fragment VastloperSummary on Vastloper {
    id
    title
    status
    rung
    category
    confidential
    stalled
    overdueAtTop
    rungEnteredAt
    earlyWarningAt
    nextEscalationAt
    answerTime {
      flag
    }
    alliance {
      id
      name
      slug
    }
    viewerCan {
      escalate
      deEscalate
      acknowledge
    }
  }
`);
