import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { UsageBreakdownFieldsFragment } from '../gql/graphql';
import { formatCount, formatRate, sortBreakdown, statusColor } from './shaping';

const LIMIT = 10;

/** Requests, errors and error rate per route, status or key, busiest first. */
export function BreakdownTable({
  title,
  rows,
  label = (value) => value,
  status = false,
}: {
  title: string;
  rows: readonly UsageBreakdownFieldsFragment[];
  label?: (value: string) => string;
  status?: boolean;
}) {
  const headingId = useId();
  const sorted = sortBreakdown(rows);
  const shown = sorted.slice(0, LIMIT);
  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="sm">
      <Title order={2} size="h5" id={headingId} mb="xs">
        {title}
      </Title>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          No calls.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={260}>
          <Table aria-label={`Usage ${title.toLowerCase()}`} verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{title.replace(/^By /, '').replace(/^./, (c) => c.toUpperCase())}</Table.Th>
                <Table.Th scope="col" ta="right">
                  Requests
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Errors
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((row) => (
                <Table.Tr key={row.value}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }} w="60%">
                    {status ? (
                      <Badge color={statusColor(row.value)} variant="light">
                        {row.value}
                      </Badge>
                    ) : (
                      label(row.value)
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatCount(row.requests)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {formatCount(row.errors)}
                    {row.errors > 0 && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({formatRate(row.errorRate)})
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {sorted.length > LIMIT && (
        <Text size="xs" c="dimmed" mt={4}>
          and {sorted.length - LIMIT} more
        </Text>
      )}
    </Card>
  );
}
