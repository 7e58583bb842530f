import { describe, expect, it } from 'vitest';
import type { DeliveryFieldsFragment } from '../gql/graphql';
import { formatDuration, localToInstant, mergeDeliveries } from './deliveries';
import { delivery } from './fixtures';

const d = (o: Record<string, unknown>) => delivery(o) as unknown as DeliveryFieldsFragment;

describe('delivery log', () => {
  it('lets the latest live record of an attempt win over older ones and the query', () => {
    const queried = [d({ id: 'a', status: 'PENDING', createdAt: '2026-01-01T10:00:00Z' })];
    const live = [d({ id: 'a', status: 'SUCCEEDED', createdAt: '2026-01-01T10:00:00Z' }), d({ id: 'a', status: 'FAILED', createdAt: '2026-01-01T10:00:00Z' })];
    expect(mergeDeliveries(queried, live).map((x) => x.status)).toEqual(['SUCCEEDED']);
  });

  it('orders newest first', () => {
    const merged = mergeDeliveries(
      [d({ id: 'old', createdAt: '2026-01-01T10:00:00Z' })],
      [d({ id: 'new', createdAt: '2026-01-02T10:00:00Z' })],
    );
    expect(merged.map((x) => x.id)).toEqual(['new', 'old']);
  });

  it('formats durations and local times', () => {
    expect(formatDuration(87)).toBe('87 ms');
    expect(formatDuration(1234)).toBe('1.2 s');
    expect(formatDuration(null)).toBe('—');
    expect(localToInstant('')).toBeNull();
    expect(localToInstant('2026-01-05T08:30')).toBe(new Date('2026-01-05T08:30').toISOString());
  });
});
