import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { actionErrorMessage } from './graphqlErrors';
import type { PagedQuery } from './pagination';

type Pager = Pick<PagedQuery<unknown, unknown>, 'nodes' | 'totalCount' | 'hasNextPage' | 'fetchingMore' | 'moreError' | 'loadMore'>;

/**
 * The foot of a paged list: how much of it is shown and a button that
 * appends the next page, with the reason next to it when that failed.
 * Nothing when everything is shown.
 */
export function ShowMore({ list, noun }: { list: Pager; noun: string }) {
  const statusId = useId();
  if (!list.hasNextPage && !list.moreError) return null;
  return (
    <Group gap="sm" align="center">
      <Button variant="default" w="fit-content" onClick={list.loadMore} loading={list.fetchingMore} aria-describedby={statusId}>
        Show more
      </Button>
      <Text size="sm" c="dimmed" id={statusId} aria-live="polite">
        Showing {list.nodes.length.toLocaleString()} of {list.totalCount.toLocaleString()} {noun}
      </Text>
      {list.moreError && (
        <Text size="sm" c="red" role="alert">
          The next page could not be loaded. {actionErrorMessage(list.moreError)}
        </Text>
      )}
    </Group>
  );
}
