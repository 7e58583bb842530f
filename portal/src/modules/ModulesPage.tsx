import { Accordion, Alert, Anchor, Badge, Card, Code, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { INDUSTRY_LABELS } from '../app/labels';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import type { Industry, ModulesPageQuery as ModulesPageResult } from '../gql/graphql';
import { ModulesPageQuery } from './documents';
import { baseUrlOf, operationsByModule, useApiDocument, type ApiDocument } from './openapi';
import { OperationLabel, OperationPanel } from './OperationPanel';

type ModuleInfo = ModulesPageResult['modules'][number];

/**
 * The industry modules an application has enabled and the ones it could
 * enable, each with its endpoints, drawn from the server's OpenAPI document:
 * an operation's scope says which module it belongs to, so endpoints added
 * to the document appear here without a change to the portal.
 */
export function ModulesPage() {
  const [{ data, fetching, error }, reload] = useQuery({ query: ModulesPageQuery });
  const api = useApiDocument();
  const [chosen, setChosen] = useState<string | null>(null);
  const apps = (data?.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const app = apps.find((a) => a.id === chosen) ?? apps.find((a) => a.isDefault) ?? apps[0];

  let body: React.ReactNode;
  if (!data && fetching) body = <PageLoader label="Loading your modules…" />;
  else if (!data) body = <LoadError title="Your modules could not be loaded" error={error} onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  else if (api.error)
    body = (
      <Alert color="red" role="alert" title="The API document could not be loaded">
        {api.error}
      </Alert>
    );
  else if (!api.doc) body = <PageLoader label="Loading the API document…" />;
  else if (!app)
    body = (
      <Text>
        Create an <Anchor component={Link} to="/applications">application</Anchor> first: modules are enabled per application.
      </Text>
    );
  else {
    const industry: Industry = app.industry ?? 'OTHER';
    const profile = data.industries.find((i) => i.id === industry);
    const enabled = new Set(app.requiredModules ?? []);
    const byModule = operationsByModule(api.doc, data.modules);
    const ordered = [...data.modules].sort((a, b) => Number(enabled.has(b.id)) - Number(enabled.has(a.id)));
    body = (
      <Stack gap="md">
        <Text size="sm">
          {app.name} is a {INDUSTRY_LABELS[industry]} application: {enabled.size} of {data.modules.length} modules enabled.
          {profile && profile.presetModules.length > 0 && <> The {profile.name} preset is {profile.presetModules.map((m) => data.modules.find((x) => x.id === m)?.name ?? m).join(', ')}.</>}
        </Text>
        {ordered.map((m) => (
          <ModuleCard
            key={m.id}
            module={m}
            enabled={enabled.has(m.id)}
            preset={!!profile?.presetModules.includes(m.id)}
            appId={app.id}
            ops={byModule.get(m.id) ?? []}
            doc={api.doc!}
          />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Modules
          </Title>
          <Text c="dimmed">Each module&apos;s endpoints, their sandbox magic values, code in six languages, and a form to try them with a test key.</Text>
        </div>
        {apps.length > 1 && (
          <NativeSelect label="Application" data={apps.map((a) => ({ value: a.id, label: a.name }))} value={app?.id ?? ''} onChange={(e) => setChosen(e.currentTarget.value)} />
        )}
      </Group>
      {body}
    </Stack>
  );
}

interface ModuleCardProps {
  module: ModuleInfo;
  enabled: boolean;
  preset: boolean;
  appId: string;
  ops: ReturnType<typeof operationsByModule> extends Map<string, infer V> ? V : never;
  doc: ApiDocument;
}

function ModuleCard({ module, enabled, preset, appId, ops, doc }: ModuleCardProps) {
  const baseUrl = baseUrlOf(doc);
  return (
    <Card withBorder component="section" aria-label={module.name} data-testid="module-card">
      <Stack gap="xs">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4">
              {module.name}
            </Title>
            <Badge color={enabled ? 'green' : 'gray'} variant="light">
              {enabled ? 'Enabled' : 'Not enabled'}
            </Badge>
            {preset && (
              <Badge color="blue" variant="outline">
                Industry preset
              </Badge>
            )}
          </Group>
          {!enabled && (
            <Anchor component={Link} to={`/applications/${appId}`} size="sm">
              Enable {module.name} on the application
            </Anchor>
          )}
        </Group>
        <Text size="sm">{module.description}</Text>
        <Text size="xs" c="dimmed">
          Scopes: {module.scopes.map((s) => <Code key={s}>{s}</Code>)}
        </Text>
        {!enabled && ops.length > 0 && (
          <Text size="xs">Calls to these endpoints answer 403 forbidden until the application enables {module.name}.</Text>
        )}
        {ops.length === 0 ? (
          <Text size="sm" c="dimmed">
            No endpoints yet.
          </Text>
        ) : (
          <Accordion variant="separated" multiple>
            {ops.map((op) => (
              <Accordion.Item key={op.method + op.path} value={op.method + op.path}>
                <Accordion.Control>
                  <OperationLabel op={op} />
                </Accordion.Control>
                <Accordion.Panel>
                  <OperationPanel op={op} doc={doc} baseUrl={baseUrl} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        )}
      </Stack>
    </Card>
  );
}
