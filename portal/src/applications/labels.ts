import type { ApplicationStatus } from '../gql/graphql';

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  DRAFT: 'Sandbox only',
  PENDING_REVIEW: 'Production access requested',
  APPROVED: 'Approved for production',
  REJECTED: 'Production access rejected',
};

export const APPLICATION_STATUS_COLORS: Record<ApplicationStatus, string> = {
  DRAFT: 'gray',
  PENDING_REVIEW: 'blue',
  APPROVED: 'green',
  REJECTED: 'red',
};
