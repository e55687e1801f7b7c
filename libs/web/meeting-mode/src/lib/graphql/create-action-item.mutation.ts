import { graphql } from '@doorbraak/web-data-access';

export const CreateActionItemMutation = graphql(`
  mutation MeetingModeCreateMeetingActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      id
      dueDate
    }
  }
`);
