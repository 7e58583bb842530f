import { graphql } from '../gql';

export const AuditLogsQuery = graphql(`
  query AuditLogs($where: AuditLogWhereInput, $first: Int!, $after: Cursor) {
    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          actorType
          actorID
          targetType
          targetID
          ip
          userAgent
          metadata
          createdAt
        }
      }
    }
  }
`);
