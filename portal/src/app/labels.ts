import type { StaffRole } from '../auth/session';
import type { Environment, Industry, MembershipRole, TenantKycStatus } from '../gql/graphql';

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

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  ANALYST: 'Analyst',
  SENIOR_ANALYST: 'Senior analyst',
  OPS: 'Ops',
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

/** "3 minutes ago", "in 5 days": for last-used and due dates in tables. */
export function formatRelative(value: string, now: number = Date.now()): string {
  const parsed = new Date(value).getTime();
  if (Number.isNaN(parsed)) return value;
  const seconds = Math.round((parsed - now) / 1000);
  const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
    ['year', 365 * 86400],
    ['month', 30 * 86400],
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return seconds <= 0 ? 'just now' : 'in a few seconds';
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export const ENVIRONMENT_LABELS: Record<Environment, string> = { TEST: 'Test', LIVE: 'Live' };
export const ENVIRONMENT_COLORS: Record<Environment, string> = { TEST: 'orange', LIVE: 'green' };
