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

/** The key picker (and the names of keys in the breakdown and the log), a page at a time. */
export const UsageKeyOptionsQuery = graphql(`
  query UsageKeyOptions($environment: Environment!, $first: Int!, $after: Cursor) {
    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {
      pageInfo {
        hasNextPage
        endCursor
      }
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
  }
`);

/** The application picker, a page at a time. */
export const UsageApplicationOptionsQuery = graphql(`
  query UsageApplicationOptions($first: Int!, $after: Cursor) {
    applications(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
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
  query RequestLogs($where: RequestLogWhereInput, $first: Int!, $after: Cursor) {
    requestLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
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

/** One call in full for the detail drawer, found by its request ID (the drawer's deep link is `?request=<id>`). */
export const RequestLogDetailQuery = graphql(`
  query RequestLogDetail($requestID: String!) {
    requestLogs(first: 1, where: { requestID: $requestID }) {
      edges {
        node {
          id
          environment
          method
          route
          status
          errorCode
          latencyUs
          clientIP
          userAgent
          requestID
          createdAt
          keyID
          requestBody
          requestBodyTruncated
          responseBody
          responseBodyTruncated
        }
      }
    }
  }
`);
