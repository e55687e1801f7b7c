import { graphql } from '@doorbraak/web-data-access';

export const AlliancePageQuery = graphql(`
  query AlliancePage($slug: String!) {
    focusArea(slug: $slug) {
      id
      name
      municipality
      inhabitants
      wijken
      website
      ambitions
      characteristics {
        opvallend
        sociaaleconomisch
        woningvoorraad
      }
      alliance {
        id
        name
        viewerCan {
          manageLadder
        }
        programmeBureau
        programmeDescription
        horizonStartYear
        horizonEndYear
        meetingCadence
        chair {
          id
          name
        }
        partners {
          id
          name
          type
          representatives {
            id
            name
          }
        }
        rijksvertegenwoordigers {
          id
          ministry
          position
          person {
            id
            name
          }
        }
      }
    }
  }
`);
