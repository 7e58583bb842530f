import { Alert, Anchor, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Navigate, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { INDUSTRY_LABELS, INDUSTRY_OPTIONS } from '../app/labels';
import { PageLoader } from '../app/PageLoader';
import { usePageTitle } from '../app/pageTitle';
import type { Industry } from '../gql/graphql';
import { ModulesPageQuery } from './documents';
import { baseUrlOf, operationsIn, useApiDocument } from './openapi';
import { OperationLabel, OperationPanel } from './OperationPanel';
import { StarterConfig } from './StarterConfig';

function industryOf(param: string | undefined): Industry | null {
  const id = (param ?? '').toUpperCase();
  return id in INDUSTRY_LABELS ? (id as Industry) : null;
}

/** /quickstart: the quickstart of the default application's industry. */
export function QuickstartIndex() {
  const [{ data, fetching }] = useQuery({ query: ModulesPageQuery });
  if (!data && fetching) return <PageLoader label="Loading your quickstart…" />;
  const apps = (data?.applications.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const app = apps.find((a) => a.isDefault) ?? apps[0];
  return <Navigate to={`/quickstart/${(app?.industry ?? 'OTHER').toLowerCase()}`} replace />;
}

/**
 * One industry's quickstart: the three calls that matter for it (the
 * samples catalog's x-keybs-quickstart), each with code in six languages
 * and a try-it form using the test key, then the industry's starter
 * configuration.
 */
export function QuickstartPage() {
  const params = useParams();
  const navigate = useNavigate();
  const industry = industryOf(params.industry);
  const { doc, error } = useApiDocument();
  usePageTitle(industry ? `${INDUSTRY_LABELS[industry]} quickstart` : 'Quickstart');
  if (!industry) {
    return (
      <Alert color="red" role="alert" title="No such industry">
        Choose one of <Anchor href="/quickstart/fintech">fintech</Anchor>, payments, ecommerce, igaming or other.
      </Alert>
    );
  }
  const slug = industry.toLowerCase();
  let calls: React.ReactNode;
  if (error)
    calls = (
      <Alert color="red" role="alert" title="The API document could not be loaded">
        {error}
      </Alert>
    );
  else if (!doc) calls = <PageLoader label="Loading the API document…" />;
  else {
    const ids = doc['x-keybs-quickstart']?.[slug] ?? [];
    const ops = operationsIn(doc);
    calls = ids.map((id, i) => {
      const op = ops.find((o) => o.operationId === id);
      if (!op) return null;
      return (
        <Card key={id} withBorder component="section" aria-label={`Step ${i + 1}: ${op.summary ?? id}`} data-testid="quickstart-call">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {i + 1}. {op.summary}
            </Title>
            <OperationLabel op={op} />
            <OperationPanel op={op} doc={doc} baseUrl={baseUrlOf(doc)} />
          </Stack>
        </Card>
      );
    });
  }
  return (
    <Stack gap="lg" maw={1300}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {INDUSTRY_LABELS[industry]} quickstart
          </Title>
          <Text c="dimmed">The three calls a {INDUSTRY_LABELS[industry]} integration makes first, against the sandbox with your test key.</Text>
        </div>
        <NativeSelect label="Industry" data={INDUSTRY_OPTIONS} value={industry} onChange={(e) => void navigate(`/quickstart/${e.currentTarget.value.toLowerCase()}`)} />
      </Group>
      {calls}
      <Card withBorder component="section" aria-label="Starter configuration">
        <Stack gap="sm">
          <Title order={2} size="h4">
            Starter configuration
          </Title>
          <StarterConfig industry={slug} />
        </Stack>
      </Card>
    </Stack>
  );
}
