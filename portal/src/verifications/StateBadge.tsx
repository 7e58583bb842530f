import { Badge } from '@mantine/core';
import { stateColor, stateLabel } from './states';

/** Where a case stands, in words, in its colour. */
export function StateBadge({ state, size = 'md' }: { state: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={stateColor(state)} variant="light" size={size} miw="fit-content" data-state={state}>
      {stateLabel(state)}
    </Badge>
  );
}
