import { graphql } from '../generated';

// What the header of every screen about one meeting shows (agenda, meeting mode, briefing).
export const MeetingHeaderFragment = graphql(`
  fragment MeetingHeaderFields on Meeting {
    id
    title
    type
    status
    scheduledAt
    durationMinutes
    location
    agendaPublishedAt
    cancellationReason
    alliance {
      id
      name
      slug
    }
  }
`);
