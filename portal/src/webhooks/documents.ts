import { graphql } from '../gql';

export const EndpointFields = graphql(`
  fragment EndpointFields on WebhookEndpoint {
    id
    url
    description
    environment
    eventTypes
    status
    disabledReason
    failingSince
    previousSecretExpiresAt
    deletedAt
    createdAt
  }
`);

export const DeliveryFields = graphql(`
  fragment DeliveryFields on WebhookDelivery {
    id
    eventID
    eventType
    attempt
    trigger
    status
    scheduledAt
    attemptedAt
    responseStatus
    durationMs
    errorMessage
    nextRetryAt
    createdAt
  }
`);

export const WebhookEndpointsQuery = graphql(`
  query WebhookEndpoints($environment: Environment!, $first: Int!, $after: Cursor) {
    webhookEndpoints(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...EndpointFields
        }
      }
    }
  }
`);

export const EventTypesQuery = graphql(`
  query EventTypes {
    eventTypes {
      name
      description
    }
  }
`);

/** One endpoint by id, a deleted one too (webhookEndpoints leaves those out): its log stays readable. */
export const WebhookEndpointQuery = graphql(`
  query WebhookEndpoint($id: ID!) {
    node(id: $id) {
      id
      ... on WebhookEndpoint {
        ...EndpointFields
      }
    }
  }
`);

export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: Cursor) {
    webhookDeliveries(
      first: $first
      after: $after
      where: { hasEndpointWith: { id: $endpointId } }
      orderBy: { field: CREATED_AT, direction: DESC }
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...DeliveryFields
        }
      }
    }
  }
`);

export const WebhookDeliveryDetailQuery = graphql(`
  query WebhookDeliveryDetail($id: ID!) {
    webhookDeliveries(first: 1, where: { id: $id }) {
      edges {
        node {
          ...DeliveryFields
          requestHeaders
          requestBody
          responseExcerpt
          endpoint {
            id
            deletedAt
          }
        }
      }
    }
  }
`);

export const DeliveryLoggedSubscription = graphql(`
  subscription DeliveryLogged($endpointId: ID) {
    webhookDeliveryLogged(endpointId: $endpointId) {
      ...DeliveryFields
    }
  }
`);

export const CreateEndpointMutation = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...EndpointFields
      }
    }
  }
`);

export const UpdateEndpointMutation = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) {
      ...EndpointFields
    }
  }
`);

export const DisableEndpointMutation = graphql(`
  mutation DisableWebhookEndpoint($id: ID!) {
    disableWebhookEndpoint(id: $id) {
      ...EndpointFields
    }
  }
`);

export const EnableEndpointMutation = graphql(`
  mutation EnableWebhookEndpoint($id: ID!) {
    enableWebhookEndpoint(id: $id) {
      ...EndpointFields
    }
  }
`);

export const DeleteEndpointMutation = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const RotateSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!, $graceSeconds: Int!) {
    rotateWebhookSecret(id: $id, graceSeconds: $graceSeconds) {
      secret
      endpoint {
        ...EndpointFields
      }
    }
  }
`);

export const SendTestMutation = graphql(`
  mutation SendTestWebhook($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) {
      id
      type
    }
  }
`);

export const ResendDeliveryMutation = graphql(`
  mutation ResendWebhookDelivery($id: ID!) {
    resendWebhookDelivery(id: $id) {
      ...DeliveryFields
    }
  }
`);

export const RecoverFailedMutation = graphql(`
  mutation RecoverFailedDeliveries($endpointId: ID!, $since: Time!) {
    recoverFailedDeliveries(endpointId: $endpointId, since: $since)
  }
`);

/** The Svix-style log: messages (events), newest first, each with its attempts to the endpoint nested. */
export const WebhookMessagesQuery = graphql(`
  query WebhookMessages($first: Int!, $after: String, $filter: WebhookMessageFilter) {
    webhookMessages(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          eventType
          createdAt
          status
          attempts {
            ...DeliveryFields
          }
        }
      }
    }
  }
`);

export const RetryDeliveryNowMutation = graphql(`
  mutation RetryWebhookDeliveryNow($id: ID!) {
    retryWebhookDeliveryNow(id: $id) {
      ...DeliveryFields
    }
  }
`);

/** What recoverFailedDeliveries would resend, asked before it runs. */
export const FailedDeliveriesPreviewQuery = graphql(`
  query FailedDeliveriesPreview($endpointId: ID!, $since: Time!) {
    failedDeliveriesPreview(endpointId: $endpointId, since: $since) {
      count
      eventTypes
      oldest
      newest
    }
  }
`);

export const RevealSecretMutation = graphql(`
  mutation RevealWebhookSecret($id: ID!, $password: String, $mfaCode: String) {
    revealWebhookSecret(id: $id, password: $password, mfaCode: $mfaCode) {
      secret
      endpoint {
        id
      }
    }
  }
`);

/** The endpoint as it changes (auto-disabled after a 410, failing, enabled again), without a reload. */
export const EndpointChangedSubscription = graphql(`
  subscription EndpointChanged($endpointId: ID) {
    webhookEndpointChanged(endpointId: $endpointId) {
      ...EndpointFields
    }
  }
`);
