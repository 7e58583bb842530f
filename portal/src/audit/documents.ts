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
          actor {
            kind
            name
            email
            keyPrefix
          }
          targetType
          targetName
          changes {
            field
            from
            to
          }
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
