import { graphql } from '../gql';

export const ApplicationFields = graphql(`
  fragment ApplicationFields on Application {
    id
    name
    description
    industry
    regulatoryCategory
    callbackUrls
    ipAllowlist
    expectedMonthlyVolume
    requiredModules
    status
    reviewReason
    reviewedAt
    archivedAt
    isDefault
    createdAt
    suggestedTier {
      id
      name
    }
  }
`);

export const ApplicationsQuery = graphql(`
  query Applications($first: Int!, $after: Cursor) {
    applications(first: $first, after: $after, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ApplicationFields
        }
      }
    }
  }
`);

export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      ...ApplicationFields
      allowedScopes
    }
    pricingTiers {
      id
      name
      maxMonthlyVolume
      monthlyQuota
      rateLimitPerMinute
      priceModel
    }
  }
`);

export const PricingTiersQuery = graphql(`
  query PricingTiers {
    pricingTiers {
      id
      name
      maxMonthlyVolume
      monthlyQuota
      rateLimitPerMinute
      priceModel
    }
  }
`);

export const CreateApplicationMutation = graphql(`
  mutation CreateApplication($input: ApplicationInput!) {
    createApplication(input: $input) {
      ...ApplicationFields
    }
  }
`);

export const UpdateApplicationMutation = graphql(`
  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {
    updateApplication(id: $id, input: $input) {
      ...ApplicationFields
      allowedScopes
    }
  }
`);

export const ArchiveApplicationMutation = graphql(`
  mutation ArchiveApplication($id: ID!) {
    archiveApplication(id: $id) {
      ...ApplicationFields
    }
  }
`);

export const RequestProductionAccessMutation = graphql(`
  mutation RequestProductionAccess($id: ID!) {
    requestProductionAccess(id: $id) {
      ...ApplicationFields
    }
  }
`);
