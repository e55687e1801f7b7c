import type { ModeMeeting } from './meeting-mode.types';

type Attendee = ModeMeeting['attendees'][number];

// A person with their organisation, or a partner organisation invited as such.
export const attendeeName = (attendee: Attendee): string =>
  attendee.person
    ? attendee.person.organisation
      ? `${attendee.person.name} (${attendee.person.organisation})`
      : attendee.person.name
    : (attendee.partner?.name ?? '');
