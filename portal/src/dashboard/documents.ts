import { graphql } from '../gql';

export const DashboardViewerQuery = graphql(`
  query DashboardViewer {
    viewer {
      id
      email
      name
      memberships {
        id
        role
        tenant {
          id
          name
          slug
          industry
          kycStatus
          termsVersion
          termsAcceptedAt
        }
      }
    }
  }
`);
