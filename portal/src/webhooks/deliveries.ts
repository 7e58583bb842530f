import type { DeliveryFieldsFragment } from '../gql/graphql';

/**
 * The live log: deliveries the subscription reported (newest first), merged
 * over the ones the last query returned (a live record replaces a stale one
 * with the same id), newest first.
 */
export function mergeDeliveries(
  queried: readonly DeliveryFieldsFragment[],
  live: readonly DeliveryFieldsFragment[],
): DeliveryFieldsFragment[] {
  const byId = new Map<string, DeliveryFieldsFragment>();
  for (const d of queried) byId.set(d.id, d);
  // `live` is newest first: apply it oldest first so the latest record wins.
  for (const d of [...live].reverse()) byId.set(d.id, d);
  return [...byId.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.attempt - a.attempt);
}

/** 1 234 ms → "1.2 s", 87 → "87 ms". */
export function formatDuration(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
}

/** A datetime-local value (the user's zone) as an RFC 3339 instant, or null. */
export function localToInstant(value: string): string | null {
  if (!value) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
}

/** The datetime-local value for `hoursAgo` hours before now, in the user's zone. */
export function localHoursAgo(hoursAgo: number, now: number = Date.now()): string {
  const d = new Date(now - hoursAgo * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Why an attempt was cancelled, as a sentence: the server writes
 * "cancelled: the endpoint was deleted"; next to a "Cancelled" badge the
 * prefix says nothing.
 */
export function cancelReason(message: string | null | undefined): string {
  const reason = (message ?? '').replace(/^cancelled:\s*/i, '').trim();
  if (!reason) return 'It will not be sent.';
  const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}
