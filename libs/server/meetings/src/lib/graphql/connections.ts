import { connectionTypes } from '@doorbraak/server-core';
import { ActionItem } from './action-item.model';
import { Decision } from './decision.model';
import { Meeting } from './meeting.model';

// The paged lists of this context.
export const { Connection: MeetingConnection, ConnectionCountResolver: MeetingConnectionResolver } = connectionTypes(Meeting, 'Meeting');
export const { Connection: ActionItemConnection, ConnectionCountResolver: ActionItemConnectionResolver } = connectionTypes(ActionItem, 'ActionItem');
export const { Connection: DecisionConnection, ConnectionCountResolver: DecisionConnectionResolver } = connectionTypes(Decision, 'Decision');
