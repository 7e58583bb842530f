import { graphql } from '../gql';

export const ApiKeyFields = graphql(`
  fragment ApiKeyFields on APIKey {
    id
    name
    kind
    environment
    prefix
    last4
    scopes
    ipAllowlist
    allowedOrigins
    currencyType
    expiresAt
    rateLimitPerMinute
    rotationDueAt
    lastUsedAt
    lastUsedIP
    revokedAt
    revokedReason
    graceUntil
    rotatedTo
    createdAt
    state
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys($environment: Environment!, $first: Int!, $after: Cursor) {
    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ApiKeyFields
          # Not in ApiKeyFields: only the keys table shows the application,
          # so only the list asks for it.
          application {
            id
            name
          }
        }
      }
    }
  }
`);

/** What the create dialog needs: applications (with the scopes their keys may hold) and the scope catalog. */
export const KeyFormOptionsQuery = graphql(`
  query KeyFormOptions {
    applications(first: 100, where: { archivedAtIsNil: true }) {
      edges {
        node {
          id
          name
          isDefault
          status
          industry
          allowedScopes
          organization {
            id
            kycStatus
          }
        }
      }
    }
    quota {
      plan {
        id
        name
        rateLimitPerMinute
        monthlyQuota
      }
    }
    scopes {
      name
      description
      sdkSafe
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const UpdateApiKeyMutation = graphql(`
  mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {
    updateApiKey(id: $id, input: $input) {
      ...ApiKeyFields
    }
  }
`);

export const RotateApiKeyMutation = graphql(`
  mutation RotateApiKey($id: ID!, $gracePeriodSeconds: Int!, $notifyEmails: [String!]) {
    rotateApiKey(id: $id, gracePeriodSeconds: $gracePeriodSeconds, notifyEmails: $notifyEmails) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!, $reason: String) {
    revokeApiKey(id: $id, reason: $reason) {
      ...ApiKeyFields
    }
  }
`);

export const DeleteApiKeyMutation = graphql(`
  mutation DeleteApiKey($id: ID!) {
    deleteApiKey(id: $id)
  }
`);

export const ApiKeyChangedSubscription = graphql(`
  subscription ApiKeyChanged {
    apiKeyChanged {
      type
      apiKeyId
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

/** One key with what its page shows beyond the list: the limit the API enforces and why. */
export const ApiKeyDetailQuery = graphql(`
  query ApiKeyDetail($id: ID!) {
    apiKey(id: $id) {
      ...ApiKeyFields
      application {
        id
        name
      }
      rateLimit {
        perMinute
        source
        plan {
          id
          name
        }
      }
    }
  }
`);

/** The plan the organization is on, for the create dialog's limits card. */
export const KeyPlanQuery = graphql(`
  query KeyPlan {
    quota {
      plan {
        id
        name
        rateLimitPerMinute
        monthlyQuota
      }
    }
  }
`);
