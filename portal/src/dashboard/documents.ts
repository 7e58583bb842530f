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

/**
 * What the checklist ticks off, read from the real state: each step is done
 * when the thing it asks for exists (counts only, a page of one at most).
 */
export const DashboardChecklistQuery = graphql(`
  query DashboardChecklist {
    applications(first: 1, where: { isDefault: false }) {
      totalCount
    }
    apiKeys(first: 1) {
      totalCount
    }
    usedKeys: apiKeys(first: 1, where: { lastUsedAtNotNil: true }) {
      totalCount
    }
    webhookEndpoints(first: 1) {
      totalCount
    }
    deliveredEvents: webhookDeliveries(first: 1, where: { status: SUCCEEDED }) {
      totalCount
    }
  }
`);

/** The latest audit entries and API calls, merged newest first on the dashboard. */
export const DashboardActivityQuery = graphql(`
  query DashboardActivity($first: Int!) {
    auditLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          action
          actorType
          targetType
          createdAt
        }
      }
    }
    requestLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          method
          route
          status
          errorCode
          environment
          createdAt
        }
      }
    }
  }
`);
