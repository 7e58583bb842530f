import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../auth/SessionContext';

export type ExportFormat = 'csv' | 'json';

/** The export endpoint's address for the page's filters (a prefix filter exports every action). */
export function exportURL(format: ExportFormat, action: string, since: string): string {
  const params = new URLSearchParams({ format });
  if (action && !action.endsWith('.')) params.set('action', action);
  if (since) params.set('from', since);
  return `/v1/audit-logs/export?${params.toString()}`;
}

/**
 * Export (CSV or JSON) through GET /v1/audit-logs/export: fetched with the
 * session's access token, then saved by the browser under the server's name.
 */
export function ExportButtons({ action, since }: { action: string; since: string }) {
  const { manager } = useSession();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const token = manager.getAccessToken();
      const res = await fetch(exportURL(format, action, since), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        throw new Error(body?.error?.message ?? `The export failed (${res.status}).`);
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? `audit-log.${format}`;
      const url = URL.createObjectURL(await res.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The export failed.');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Group gap="xs" align="center">
      <Button variant="default" loading={busy === 'csv'} onClick={() => void download('csv')}>
        Export CSV
      </Button>
      <Button variant="default" loading={busy === 'json'} onClick={() => void download('json')}>
        Export JSON
      </Button>
      {error && (
        <Text size="sm" c="red.8" role="alert">
          {error}
        </Text>
      )}
    </Group>
  );
}
