import type { Industry, MembershipRole, TenantKycStatus } from '../gql/graphql';

// Human labels for the API's enums, shared by every feature.

export const INDUSTRY_LABELS: Record<Industry, string> = {
  FINTECH: 'Fintech',
  PAYMENTS: 'Payments',
  ECOMMERCE: 'E-commerce',
  IGAMING: 'iGaming',
  OTHER: 'Other',
};

export const INDUSTRY_OPTIONS = (Object.keys(INDUSTRY_LABELS) as Industry[]).map((value) => ({
  value,
  label: INDUSTRY_LABELS[value],
}));

export const ROLE_LABELS: Record<MembershipRole, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  DEVELOPER: 'Developer',
  VIEWER: 'Viewer',
};

export const KYC_STATUS_LABELS: Record<TenantKycStatus, string> = {
  NOT_STARTED: 'Not started',
  SUBMITTED: 'Submitted, under review',
  VERIFIED: 'Verified',
  REJECTED: 'Rejected',
};

export const KYC_STATUS_COLORS: Record<TenantKycStatus, string> = {
  NOT_STARTED: 'gray',
  SUBMITTED: 'blue',
  VERIFIED: 'green',
  REJECTED: 'red',
};

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : dateTime.format(parsed);
}

export function formatDate(value: string): string {
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? value : date.format(parsed);
}
