import type { Client as WsClient, Sink } from 'graphql-ws';

interface Active {
  operationName: string;
  variables: Record<string, unknown>;
  sink: Sink;
}

/**
 * Stands in for the graphql-ws client in unit tests: records every
 * subscription the page opens and lets the test push events into it.
 */
export function fakeSubscriptions() {
  const active: Active[] = [];
  const client: Pick<WsClient, 'subscribe' | 'dispose'> = {
    subscribe(payload, sink) {
      const operationName = payload.operationName ?? /subscription\s+(\w+)/.exec(payload.query)?.[1] ?? '';
      const entry: Active = { operationName, variables: (payload.variables ?? {}) as Record<string, unknown>, sink: sink as Sink };
      active.push(entry);
      return () => {
        const index = active.indexOf(entry);
        if (index >= 0) active.splice(index, 1);
      };
    },
    dispose: async () => {},
  };
  return {
    client,
    active,
    /** Sends `data` to every open subscription named `operationName`; returns how many got it. */
    emit(operationName: string, data: unknown): number {
      const targets = active.filter((a) => a.operationName === operationName);
      for (const target of targets) target.sink.next({ data } as never);
      return targets.length;
    },
  };
}
