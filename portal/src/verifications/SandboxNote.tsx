import { Alert, Code, List, Text } from '@mantine/core';
import { SANDBOX_PATHS, SANDBOX_STEP_SECONDS } from './states';

/** How the sandbox simulator moves test cases, and the client references that choose its path. */
export function SandboxNote() {
  return (
    <Alert color="orange" variant="light" title="Sandbox cases move by themselves">
      <Text size="sm">
        Every {SANDBOX_STEP_SECONDS} seconds the simulator takes the next step of a new test case (in review → approved → report signed → report
        published), sending its webhooks, unless the case’s client reference contains <Code>sim_manual</Code>. A step taken by a person stops it.
        Other references choose another path:
      </Text>
      <List size="sm" mt={4} spacing={2}>
        {SANDBOX_PATHS.map((p) => (
          <List.Item key={p.value}>
            <Code>{p.value}</Code>: {p.path}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
