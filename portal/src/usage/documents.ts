import { graphql } from '../gql';

export const UsagePointFields = graphql(`
  fragment UsagePointFields on UsagePoint {
    time
    requests
    errors
    errorRate
    p50
    p95
    p99
  }
`);

export const UsageBreakdownFields = graphql(`
  fragment UsageBreakdownFields on UsageBreakdown {
    value
    requests
    errors
    errorRate
  }
`);

export const UsageQuery = graphql(`
  query Usage($filter: UsageFilter!) {
    usage(filter: $filter) {
      from
      to
      granularity
      series {
        ...UsagePointFields
      }
      totals {
        ...UsagePointFields
      }
      byKey {
        ...UsageBreakdownFields
      }
      byRoute {
        ...UsageBreakdownFields
      }
      byStatus {
        ...UsageBreakdownFields
      }
    }
  }
`);

/** Pushed at most once a second while calls matching the filter flow; the page re-queries `usage` on each. */
export const UsageUpdatedSubscription = graphql(`
  subscription UsageUpdated($filter: UsageFilter) {
    usageUpdated(filter: $filter) {
      at
      requests
      errors
      totals {
        requests
        errors
      }
    }
  }
`);

export const QuotaQuery = graphql(`
  query Quota {
    quota {
      plan {
        id
        name
        monthlyQuota
      }
      period
      used
      quota
    }
  }
`);

/** The key and application pickers (and the names of keys in the breakdown). */
export const UsageFilterOptionsQuery = graphql(`
  query UsageFilterOptions($environment: Environment!) {
    apiKeys(first: 100, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges {
        node {
          id
          name
          prefix
          last4
          state
        }
      }
    }
    applications(first: 100) {
      edges {
        node {
          id
          name
          archivedAt
        }
      }
    }
  }
`);

export const RequestLogsQuery = graphql(`
  query RequestLogs($where: RequestLogWhereInput, $first: Int!) {
    requestLogs(first: $first, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          method
          route
          status
          errorCode
          latencyUs
          clientIP
          requestID
          createdAt
          keyID
        }
      }
    }
  }
`);
