import type { WebhookDeliveryStatus, WebhookDeliveryTrigger, WebhookEndpointStatus } from '../gql/graphql';

export const ENDPOINT_STATUS_LABELS: Record<WebhookEndpointStatus, string> = { ENABLED: 'Enabled', DISABLED: 'Disabled' };
export const ENDPOINT_STATUS_COLORS: Record<WebhookEndpointStatus, string> = { ENABLED: 'green', DISABLED: 'gray' };

export const DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'Pending',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};
export const DELIVERY_STATUS_COLORS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'blue',
  SUCCEEDED: 'green',
  FAILED: 'red',
  CANCELLED: 'gray',
};
export const TRIGGER_LABELS: Record<WebhookDeliveryTrigger, string> = {
  SCHEDULED: 'Automatic',
  MANUAL: 'Resent',
  TEST: 'Test',
};
