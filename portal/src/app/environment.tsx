import { Badge, SegmentedControl } from '@mantine/core';
import { useSearchParams } from 'react-router';
import type { Environment } from '../gql/graphql';
import { ENVIRONMENT_COLORS, ENVIRONMENT_LABELS } from './labels';

/**
 * The test/live switch of the keys and webhooks pages. It lives in the URL
 * (?env=live) so a reload, a shared link and the back button keep it.
 */
export function useEnvironment(): [Environment, (env: Environment) => void] {
  const [params, setParams] = useSearchParams();
  const env: Environment = params.get('env') === 'live' ? 'LIVE' : 'TEST';
  const setEnv = (next: Environment) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (next === 'LIVE') copy.set('env', 'live');
        else copy.delete('env');
        return copy;
      },
      { replace: true },
    );
  return [env, setEnv];
}

export function EnvironmentToggle({ value, onChange }: { value: Environment; onChange: (env: Environment) => void }) {
  return (
    <SegmentedControl
      aria-label="Environment"
      value={value}
      onChange={(v) => onChange(v as Environment)}
      data={[
        { value: 'TEST', label: 'Test data' },
        { value: 'LIVE', label: 'Live data' },
      ]}
      color={ENVIRONMENT_COLORS[value]}
    />
  );
}

export function EnvironmentBadge({ env }: { env: Environment }) {
  return (
    <Badge color={ENVIRONMENT_COLORS[env]} variant="light" miw="fit-content">
      {ENVIRONMENT_LABELS[env]}
    </Badge>
  );
}
