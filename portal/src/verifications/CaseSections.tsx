import { Anchor, Badge, Card, Code, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { EnvironmentBadge } from '../app/environment';
import { formatDateTime } from '../app/labels';
import type { CaseDetailFieldsFragment } from '../gql/graphql';
import { StateBadge } from './StateBadge';
import { DOCUMENT_KIND_LABELS, actionLabel, stateLabel } from './states';

// The parts of a case page, shared by the partner's page and the operations
// console: facts, the request for information, documents, the report and the
// timeline. Each is a section named by its heading.

export type CaseDetail = CaseDetailFieldsFragment;
export type RfiItem = CaseDetail['rfiItems'][number];
export type CaseDocument = NonNullable<CaseDetail['documents']>[number];
export type CaseReport = NonNullable<CaseDetail['report']>;

/** The case page's heading: supplier, verification id, state, environment. */
export function CaseHeader({ c, children }: { c: CaseDetail; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start">
      <div style={{ minWidth: 0 }}>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {c.supplierName}
        </Title>
        <Group gap="xs" mt={4}>
          <Code>{c.verificationID}</Code>
          <StateBadge state={c.state} size="lg" />
          <EnvironmentBadge env={c.environment} />
        </Group>
      </div>
      {children}
    </Group>
  );
}

export function Facts({ rows, label }: { rows: ReadonlyArray<readonly [string, ReactNode]>; label: string }) {
  return (
    <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={6} aria-label={label}>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th scope="row" w={180} fw={500} c="dimmed">
              {name}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Section({ id, title, children, extra }: { id: string; title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {extra}
      </Group>
      {children}
    </Card>
  );
}

export function CaseFacts({ c, organization }: { c: CaseDetail; organization?: string }) {
  const rows: Array<readonly [string, ReactNode]> = [
    ...(organization ? ([['Organization', organization]] as const) : []),
    ['Country', c.countryCode],
    ['Tier and package', `${c.tier.replace('TIER', 'Tier ')} · ${c.package.charAt(0)}${c.package.slice(1).toLowerCase()}`],
    ['Supplier contact', c.contactEmail],
    ['Client reference', c.clientReference || '—'],
    ['Opened', `${formatDateTime(c.createdAt)} (${{ API: 'through the API', SDK: 'through the hosted SDK page', PORTAL: 'in the portal' }[c.createdVia]})`],
  ];
  if (c.decidedAt) rows.push(['Decided', formatDateTime(c.decidedAt)]);
  if (c.trustScore !== null && c.trustScore !== undefined) rows.push(['Trust score', `${c.trustScore} / 100`]);
  if (c.riskBand) rows.push(['Risk band', riskLabel(c.riskBand)]);
  if (c.declineReason) rows.push(['Why declined', c.declineReason]);
  return (
    <Section id="case-facts-heading" title="Case">
      <Facts rows={rows} label="Case details" />
    </Section>
  );
}

export function riskLabel(band: string): string {
  return { LOW: 'Low risk', MEDIUM: 'Medium risk', HIGH: 'High risk' }[band] ?? band;
}

export function documentKindLabel(kind: string | null | undefined): string {
  return kind ? (DOCUMENT_KIND_LABELS[kind as keyof typeof DOCUMENT_KIND_LABELS] ?? kind) : 'Any document';
}

/**
 * What KeyBS asked for. `renderAnswer` puts a form under each open item
 * (the partner's page); without it the list is read-only (the console).
 */
export function RfiSection({ c, renderAnswer }: { c: CaseDetail; renderAnswer?: (item: RfiItem) => ReactNode }) {
  const open = c.rfiItems.filter((i) => i.status === 'OPEN').length;
  if (c.rfiItems.length === 0) return null;
  return (
    <Section
      id="rfi-heading"
      title="Requests for information"
      extra={
        <Badge color={open ? 'orange' : 'green'} variant="light">
          {open ? `${open} open` : 'All answered'}
        </Badge>
      }
    >
      <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Requested items">
        {c.rfiItems.map((item) => {
          const doc = item.documentID ? c.documents?.find((d) => d.id === item.documentID) : undefined;
          return (
            <Card key={item.id} withBorder component="li" padding="md" data-testid="rfi-item" aria-label={rfiItemName(item)}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {item.kind === 'DOCUMENT' ? documentKindLabel(item.documentKind) : 'Question'}
                  </Text>
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{item.message}</Text>
                </div>
                <Badge color={item.status === 'OPEN' ? 'orange' : 'green'} variant="light" miw="fit-content">
                  {item.status === 'OPEN' ? 'Open' : 'Answered'}
                </Badge>
              </Group>
              {item.status === 'ANSWERED' && (
                <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {item.answer ? (
                    <>
                      <strong>Answer:</strong> {item.answer}
                    </>
                  ) : (
                    <>
                      <strong>Document:</strong> {doc ? doc.filename : item.documentID}
                    </>
                  )}
                  {item.answeredAt && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      · {formatDateTime(item.answeredAt)}
                    </Text>
                  )}
                </Text>
              )}
              {item.status === 'OPEN' && renderAnswer?.(item)}
            </Card>
          );
        })}
      </Stack>
    </Section>
  );
}

/** An RFI item as people call it: "Trade license requested", "Question: …". */
export function rfiItemName(item: RfiItem): string {
  return item.kind === 'DOCUMENT' ? `${documentKindLabel(item.documentKind)} requested` : `Question: ${item.message.slice(0, 60)}`;
}

export function DocumentsSection({ c, extra, children }: { c: CaseDetail; extra?: ReactNode; children?: ReactNode }) {
  const docs = c.documents ?? [];
  return (
    <Section id="documents-heading" title="Documents" extra={extra}>
      {docs.length === 0 ? (
        <Text size="sm" c="dimmed">
          No documents yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Documents" verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">File</Table.Th>
                <Table.Th scope="col">SHA-256</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Received</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {docs.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{documentKindLabel(d.kind)}</Table.Td>
                  <Table.Td>
                    {d.filename}
                    <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                      {d.storagePath}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code title={d.sha256}>{d.sha256.slice(0, 12)}…</Code>
                  </Table.Td>
                  <Table.Td>{{ RECEIVED: 'Received', VERIFIED: 'Verified', REJECTED: 'Rejected' }[d.status]}</Table.Td>
                  <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {children}
    </Section>
  );
}

/** The report once the case is approved: its decision, its signature and where to verify it. */
export function ReportSection({ c }: { c: CaseDetail }) {
  const r = c.report;
  if (!r) return null;
  const signed = Boolean(r.digest);
  const rows: Array<readonly [string, ReactNode]> = [
    ['Status', <StateBadge key="s" state={c.state} />],
    ['Trust score', r.trustScore !== null && r.trustScore !== undefined ? `${r.trustScore} / 100` : '—'],
    ['Risk band', r.riskBand ? riskLabel(r.riskBand) : '—'],
  ];
  if (r.controls?.length) {
    rows.push([
      'Controls',
      <List key="c" size="sm" spacing={2}>
        {r.controls.map((control) => (
          <List.Item key={control}>{control}</List.Item>
        ))}
      </List>,
    ]);
  }
  if (r.signedAt) rows.push(['Signed', formatDateTime(r.signedAt)]);
  if (r.validUntil) rows.push(['Valid until', formatDateTime(r.validUntil)]);
  if (r.publishedAt) rows.push(['Published', formatDateTime(r.publishedAt)]);
  if (r.revokedAt) rows.push(['Revoked', `${formatDateTime(r.revokedAt)}${r.revokeReason ? `: ${r.revokeReason}` : ''}`]);
  if (r.disputed) rows.push(['Disputed', r.disputeReason || 'Yes']);
  if (signed) {
    rows.push(['Digest (SHA-256)', <Code key="d">{r.digest}</Code>]);
    rows.push(['Signature (Ed25519)', <Code key="sig">{r.signature}</Code>]);
    rows.push(['Signing key ID', <Code key="k">{r.keyID}</Code>]);
  }
  // Once published a report stays public, whatever becomes of it: the verify
  // page and the PDF of a revoked, disputed or expired report say so.
  const published = Boolean(r.publishedAt);
  return (
    <Section
      id="report-heading"
      title="Report"
      extra={
        r.demo ? (
          <Badge color="orange" variant="outline">
            Sandbox: demo watermark
          </Badge>
        ) : undefined
      }
    >
      {!signed && (
        <Text size="sm" mb="sm">
          Approved. The report is signed by a KeyBS senior analyst (never the one who approved it) before it can be published.
        </Text>
      )}
      <Facts rows={rows} label="Report details" />
      {!published && (
        <Text size="sm" c="dimmed" mt="sm">
          {signed && r.verifyURL ? `The verify page ${r.verifyURL} and the PDF` : 'The public verify page and the PDF'} of the report go live once the
          report is published; until then there is nothing public to download or share.
        </Text>
      )}
      {published && r.verifyURL && (
        <Stack gap={4} mt="sm">
          <Anchor href={r.verifyURL} target="_blank" rel="noopener noreferrer">
            Open the public verify page
          </Anchor>
          {r.pdfURL && (
            <Anchor href={r.pdfURL} target="_blank" rel="noopener noreferrer">
              Download the report (PDF)
            </Anchor>
          )}
          <Text size="xs" c="dimmed">
            Anyone can check the signature: {r.verifyURL}.json gives the signed text; the public keys are at{' '}
            <Anchor href="/.well-known/keybs-signing-keys.json" size="xs">
              /.well-known/keybs-signing-keys.json
            </Anchor>
            .
          </Text>
        </Stack>
      )}
    </Section>
  );
}

/** Every step of the case, oldest first: who took it, when and why. */
export function TimelineSection({ c }: { c: CaseDetail }) {
  return (
    <Section id="timeline-heading" title="Timeline">
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Timeline">
        {c.timeline.map((e) => (
          <li key={e.id} data-testid="timeline-entry">
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Text size="xs" c="dimmed" miw={150} style={{ whiteSpace: 'nowrap' }}>
                {formatDateTime(e.createdAt)}
              </Text>
              <div>
                <Text size="sm" fw={500}>
                  {actionLabel(e.action)}
                  {e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus && (
                    <Text span size="sm" c="dimmed" fw={400}>
                      {' '}
                      ({stateLabel(e.fromStatus)} → {stateLabel(e.toStatus)})
                    </Text>
                  )}
                </Text>
                <Text size="xs" c="dimmed">
                  by {e.actor}
                  {e.reason ? ` — ${e.reason}` : ''}
                </Text>
              </div>
            </Group>
          </li>
        ))}
      </Stack>
    </Section>
  );
}
