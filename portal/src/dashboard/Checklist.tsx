import { Anchor, Badge, Card, Group, List, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useCallback, useEffect } from 'react';
import { Link } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { formatRelative } from '../app/labels';
import type { DashboardActivityQuery as ActivityResult, DashboardChecklistQuery as ChecklistResult } from '../gql/graphql';
import { UsageUpdatedSubscription } from '../usage/documents';
import { DashboardActivityQuery, DashboardChecklistQuery } from './documents';

/** How often the checklist and the activity are read again besides on each new call. */
const REFRESH_MS = 15_000;
const ACTIVITY = 8;

export interface ChecklistStep {
  id: string;
  label: string;
  done: boolean;
  to: string;
  hint: string;
}

/** The onboarding steps, each done from the real state of the organization. */
export function checklistSteps(t: { kycStatus: string; termsAcceptedAt?: string | null }, c: ChecklistResult | undefined): ChecklistStep[] {
  const count = (n: { totalCount: number } | undefined | null) => (n?.totalCount ?? 0) > 0;
  return [
    { id: 'terms', label: 'Accept the API terms', done: Boolean(t.termsAcceptedAt), to: '/onboarding', hint: 'Needed for test keys.' },
    { id: 'kyc', label: 'Verify your business (KYC)', done: t.kycStatus === 'VERIFIED', to: '/onboarding', hint: 'Needed for live keys.' },
    { id: 'app', label: 'Create an application', done: count(c?.applications), to: '/applications', hint: 'One per product you integrate.' },
    { id: 'key', label: 'Create an API key', done: count(c?.apiKeys), to: '/keys', hint: 'A test key works at once.' },
    { id: 'call', label: 'Make your first API call', done: count(c?.usedKeys), to: '/keys', hint: 'Use the curl command shown with the new key.' },
    { id: 'endpoint', label: 'Add a webhook endpoint', done: count(c?.webhookEndpoints), to: '/webhooks', hint: 'Where events are delivered.' },
    { id: 'delivery', label: 'Receive a first webhook delivery', done: count(c?.deliveredEvents), to: '/webhooks', hint: 'Send a test event to your endpoint.' },
  ];
}

/** Re-runs refetch on every batch of new calls and every REFRESH_MS, so the dashboard is live. */
function useLiveRefresh(refetch: () => void) {
  const [{ data: live }] = useSubscription({ query: UsageUpdatedSubscription, variables: { filter: null } }, (prev: number | undefined) => (prev ?? 0) + 1);
  useEffect(() => {
    if (live) refetch();
  }, [live, refetch]);
  useEffect(() => {
    const id = window.setInterval(refetch, REFRESH_MS);
    return () => window.clearInterval(id);
  }, [refetch]);
}

export function Checklist({ tenant }: { tenant: { kycStatus: string; termsAcceptedAt?: string | null } }) {
  const [{ data }, reexecute] = useQuery({ query: DashboardChecklistQuery, requestPolicy: 'cache-and-network' });
  useLiveRefresh(useStableRefetch(reexecute));
  const steps = checklistSteps(tenant, data);
  const done = steps.filter((s) => s.done).length;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="checklist-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="checklist-heading">
          Get started
        </Title>
        <Text size="sm" c="dimmed" aria-live="polite">
          {done} of {steps.length} done
        </Text>
      </Group>
      <Progress value={(done / steps.length) * 100} size="sm" mb="sm" aria-label={`${done} of ${steps.length} steps done`} />
      <List spacing={6} size="sm" listStyleType="none" aria-label="Onboarding steps">
        {steps.map((s) => (
          <List.Item
            key={s.id}
            data-done={s.done}
            aria-label={`${s.label}: ${s.done ? 'done' : 'to do'}`}
            icon={
              <ThemeIcon size={20} radius="xl" color={s.done ? 'teal.8' : 'gray.6'} variant={s.done ? 'filled' : 'outline'} aria-hidden>
                <span style={{ fontSize: 12 }}>{s.done ? '✓' : ''}</span>
              </ThemeIcon>
            }
          >
            {s.done ? (
              <Text span size="sm" td="line-through" c="dimmed">
                {s.label}
              </Text>
            ) : (
              <>
                <Anchor component={Link} to={s.to} size="sm">
                  {s.label}
                </Anchor>{' '}
                <Text span size="sm" c="dimmed">
                  {s.hint}
                </Text>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

type ActivityItem = { id: string; at: string; text: string; badge?: { label: string; color: string }; to: string };

/** The latest audit entries and API calls, newest first. */
export function activityItems(data: ActivityResult | undefined, limit = ACTIVITY): ActivityItem[] {
  if (!data) return [];
  const audit: ActivityItem[] = (data.auditLogs.edges ?? []).flatMap((e) =>
    e?.node ? [{ id: e.node.id, at: e.node.createdAt, text: `${e.node.action} (${e.node.targetType})`, to: '/audit' }] : [],
  );
  const calls: ActivityItem[] = (data.requestLogs.edges ?? []).flatMap((e) => {
    const n = e?.node;
    if (!n) return [];
    const color = n.status >= 500 ? 'red' : n.status >= 400 ? 'orange' : 'green';
    return [{ id: n.id, at: n.createdAt, text: `${n.route || n.method}${n.errorCode ? ` · ${n.errorCode}` : ''}`, badge: { label: String(n.status), color }, to: `/usage?request=${n.id}` }];
  });
  return [...audit, ...calls].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, limit);
}

export function RecentActivity() {
  const [{ data, error }, reexecute] = useQuery({ query: DashboardActivityQuery, variables: { first: ACTIVITY }, requestPolicy: 'cache-and-network' });
  useLiveRefresh(useStableRefetch(reexecute));
  const items = activityItems(data);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="activity-heading">
      <Title order={2} size="h4" id="activity-heading" mb="xs">
        Recent activity
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {error ? 'Recent activity could not be loaded.' : 'Nothing yet: API calls and changes to your account appear here as they happen.'}
        </Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Recent activity">
          {items.map((i) => (
            <Group key={i.id} component="li" gap="xs" wrap="nowrap">
              {i.badge ? (
                <Badge size="sm" variant="light" color={i.badge.color}>
                  {i.badge.label}
                </Badge>
              ) : (
                <Badge size="sm" variant="light" color="gray">
                  audit
                </Badge>
              )}
              <Anchor component={Link} to={i.to} size="sm" style={{ overflowWrap: 'anywhere' }}>
                {i.text}
              </Anchor>
              <Text size="xs" c="dimmed" ml="auto" style={{ whiteSpace: 'nowrap' }}>
                {formatRelative(i.at)}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function useStableRefetch(reexecute: (opts?: { requestPolicy?: 'network-only' }) => void) {
  return useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
}
