import { graphql } from '@doorbraak/web-data-access';

// The ranked candidates of one doorbraakoverleg, or of the next one when no meeting is named.
export const DoorbraakoverlegComposerQuery = graphql(`
  query DoorbraakoverlegComposer($meetingId: ID) {
    doorbraakoverlegComposer(meetingId: $meetingId) {
      ...ComposerFields
    }
  }
`);
