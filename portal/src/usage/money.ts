// Formatting of integer minor-unit amounts and rates for the figures cards.

/** The number of minor-unit digits of an ISO 4217 currency, or null for a code Intl does not know as one (crypto assets). */
function minorDigits(currency: string): number | null {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return null;
  }
}

/**
 * An amount in integer minor units as money: 12345 USD is "$123.45", 500 JPY
 * "¥500". A code Intl cannot format (USDC) is shown as its minor units, which
 * is what the API counts in: "12,345 USDC (minor units)".
 */
export function formatMoney(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  if (digits === null) return `${amount.toLocaleString('en-US')} ${currency} (minor units)`;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    amount / 10 ** digits,
  );
}

/** A share as a percentage with one decimal, or an em dash when there is nothing to divide yet. */
export function formatShare(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1).replace(/\.0$/, '')}%`;
}

const UNIT_LABELS: Record<string, string> = {
  CALL: 'API calls',
  VERIFICATION: 'Verifications',
  TRANSACTION_VOLUME: 'Transaction volume',
  KYC_CHECK: 'KYC checks',
  FRAUD_CHECK: 'Fraud checks',
};

export function unitLabel(unit: string): string {
  return UNIT_LABELS[unit] ?? unit;
}

const MODEL_LABELS: Record<string, string> = {
  per_call: 'Per API call with volume bands',
  per_verification_or_volume: 'Per verification plus a per-mille of transaction volume',
  kyc_fraud_bundle: 'KYC + fraud check bundle',
};

export function pricingModelLabel(model: string): string {
  return MODEL_LABELS[model] ?? model;
}
