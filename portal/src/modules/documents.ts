import { graphql } from '../gql';

export const ModulesPageQuery = graphql(`
  query ModulesPage {
    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {
      edges {
        node {
          id
          name
          industry
          requiredModules
          isDefault
        }
      }
    }
    modules {
      id
      name
      description
      scopes
    }
    industries {
      id
      name
      presetModules
      liveRateLimitPerMinute
    }
  }
`);

export const EscrowFields = graphql(`
  fragment EscrowFields on Escrow {
    id
    environment
    status
    amount
    currency
    buyerId
    sellerId
    description
    reference
    createdAt
    updatedAt
    fundedAt
    releasedAt
    refundedAt
    disputedAt
  }
`);

export const DisputeFields = graphql(`
  fragment DisputeFields on Dispute {
    id
    environment
    status
    reason
    description
    escrowId
    transactionCheckId
    reference
    resolutionNote
    createdAt
    reviewStartedAt
    resolvedAt
  }
`);

export const EscrowsQuery = graphql(`
  query Escrows($environment: Environment, $status: EscrowStatus, $first: Int!, $after: Cursor) {
    escrows(environment: $environment, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EscrowFields
        }
      }
    }
  }
`);

export const EscrowQuery = graphql(`
  query Escrow($id: ID!, $environment: Environment) {
    escrow(id: $id, environment: $environment) {
      ...EscrowFields
      disputes {
        ...DisputeFields
      }
    }
  }
`);

export const DisputesQuery = graphql(`
  query Disputes($environment: Environment, $status: DisputeStatus, $first: Int!, $after: Cursor) {
    disputes(environment: $environment, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DisputeFields
        }
      }
    }
  }
`);

export const DisputeQuery = graphql(`
  query Dispute($id: ID!, $environment: Environment) {
    dispute(id: $id, environment: $environment) {
      ...DisputeFields
      escrow {
        ...EscrowFields
      }
    }
  }
`);

/** The events an escrow or dispute change sends: the lists reload on each. */
export const ModuleEventsSubscription = graphql(`
  subscription ModuleEvents {
    events(types: ["escrow.funded", "escrow.released", "escrow.refunded", "dispute.updated"]) {
      id
      type
    }
  }
`);
