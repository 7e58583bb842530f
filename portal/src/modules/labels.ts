import type { DisputeReason, DisputeStatus, EscrowStatus } from '../gql/graphql';

export const ESCROW_STATUS_LABELS: Record<EscrowStatus, string> = {
  INITIATED: 'Initiated',
  FUNDED: 'Funded',
  RELEASED: 'Released',
  REFUNDED: 'Refunded',
  DISPUTED: 'Disputed',
};

export const ESCROW_STATUS_COLORS: Record<EscrowStatus, string> = {
  INITIATED: 'gray',
  FUNDED: 'blue',
  RELEASED: 'green',
  REFUNDED: 'orange',
  DISPUTED: 'red',
};

export const DISPUTE_STATUS_LABELS: Record<DisputeStatus, string> = {
  OPEN: 'Open',
  UNDER_REVIEW: 'Under review',
  WON: 'Won',
  LOST: 'Lost',
};

export const DISPUTE_STATUS_COLORS: Record<DisputeStatus, string> = {
  OPEN: 'orange',
  UNDER_REVIEW: 'blue',
  WON: 'green',
  LOST: 'red',
};

export const DISPUTE_REASON_LABELS: Record<DisputeReason, string> = {
  FRAUDULENT: 'Fraudulent',
  PRODUCT_NOT_RECEIVED: 'Product not received',
  PRODUCT_UNACCEPTABLE: 'Product unacceptable',
  DUPLICATE: 'Duplicate',
  OTHER: 'Other',
};

/** An amount of integer minor units in its currency (two decimals for fiat; crypto codes as units). */
export function formatAmount(minor: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(minor / 100);
  } catch {
    return `${minor} ${currency} (minor units)`;
  }
}
