import { graphql } from '@doorbraak/web-data-access';

export const MeetingAgendaQuery = graphql(`
  query MeetingAgendaPage($id: ID!) {
    meeting(id: $id) {
      ...MeetingAgenda
      attendees {
        id
        person {
          id
          name
        }
      }
      alliance {
        id
        chair {
          id
          name
        }
        rijksvertegenwoordigers {
          id
          person {
            id
            name
          }
        }
        partners {
          id
          representatives {
            id
            name
          }
        }
      }
    }
  }
`);
