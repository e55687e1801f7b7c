import type { RegisterActionItemFragment } from '@doorbraak/web-data-access';

export type ActionItemGroups = {
  overdue: RegisterActionItemFragment[];
  open: RegisterActionItemFragment[];
  closed: RegisterActionItemFragment[];
};

// Overdue first (longest overdue on top), then the open ones by due date, then what is closed.
export const groupActionItems = (items: readonly RegisterActionItemFragment[]): ActionItemGroups => {
  const byDue = [...items].sort((left, right) => left.dueDate.localeCompare(right.dueDate));
  return {
    overdue: byDue.filter((item) => item.status === 'OPEN' && item.overdue),
    open: byDue.filter((item) => item.status === 'OPEN' && !item.overdue),
    closed: byDue.filter((item) => item.status !== 'OPEN'),
  };
};
