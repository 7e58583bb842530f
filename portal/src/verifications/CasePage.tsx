import { Alert, Anchor, Button, Code, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { LoadError } from '../app/LoadError';
import { PageLoader } from '../app/PageLoader';
import { CaseFacts, CaseHeader, DocumentsSection, ReportSection, RfiSection, TimelineSection, type CaseDetail } from './CaseSections';
import { BadgeSection } from './BadgeSection';
import { AdvanceSandboxCaseMutation, VerificationCaseQuery, VerificationChangedSubscription } from './documents';
import { AnswerQuestionForm, AttachDocumentForm } from './RfiForms';
import { ShareTokensSection } from './ShareTokens';
import { FINAL_STATES, SANDBOX_STEP_SECONDS, STATES, isManual, stateLabel } from './states';

/** One of the organization's cases, moving live: timeline, requests for information, documents and report. */
export function CasePage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: VerificationCaseQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  // The simulator and KeyBS analysts move the case; each step is pushed and
  // the page reloads the case, so it moves without a reload of the page.
  useSubscription({ query: VerificationChangedSubscription, variables: { caseId: id } }, (_, event) => {
    refetch({ requestPolicy: 'network-only' });
    return event;
  });
  const c = data?.verificationCase;
  if (!data && fetching) return <PageLoader label="Loading the case…" />;
  if (!data) return <LoadError title="The case could not be loaded" error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!c) {
    return (
      <Stack maw={640}>
        <Alert color="yellow" title="Case not found">
          Check the address, or pick the case from the list.
        </Alert>
        <Anchor component={Link} to="/verifications">
          Back to verifications
        </Anchor>
      </Stack>
    );
  }
  return <Case c={c} />;
}

function Case({ c }: { c: CaseDetail }) {
  const sandbox = c.environment === 'TEST';
  const [attaching, setAttaching] = useState(false);
  return (
    <Stack gap="lg" maw={1200}>
      <Anchor component={Link} to={sandbox ? '/verifications' : '/verifications?env=live'} size="sm">
        ← All verifications
      </Anchor>
      <CaseHeader c={c}>{sandbox && <AdvanceSandbox c={c} />}</CaseHeader>
      {sandbox && !(FINAL_STATES as readonly string[]).includes(c.state) && (
        <Text size="sm" c="dimmed">
          {isManual(c.clientReference) ? (
            <>
              Sandbox case with <Code>sim_manual</Code> in its reference: the simulator leaves it alone; it moves when KeyBS staff or you (Advance) move it.
            </>
          ) : (
            <>
              Sandbox case: the simulator takes its next step every {SANDBOX_STEP_SECONDS} seconds until its path ends, unless a person has taken it
              over. Put <Code>sim_manual</Code> in a case’s reference to move it yourself.
            </>
          )}
        </Text>
      )}
      {c.state === 'rfi_requested' && (
        <Alert color="orange" title="KeyBS needs information from you">
          Answer each open item below; the review continues once all are answered.
        </Alert>
      )}
      <RfiSection
        c={c}
        renderAnswer={(item) => (item.kind === 'QUESTION' ? <AnswerQuestionForm item={item} /> : <AttachDocumentForm caseId={c.id} item={item} />)}
      />
      <ReportSection c={c} />
      {/* Both need a public report: the badge frames it, a share token reveals it. */}
      {c.report?.publishedAt && c.report.verifyURL && (
        <>
          <BadgeSection verificationID={c.verificationID} verifyURL={c.report.verifyURL} />
          <ShareTokensSection caseId={c.id} verificationID={c.verificationID} verifyURL={c.report.verifyURL} />
        </>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <CaseFacts c={c} />
        <TimelineSection c={c} />
      </SimpleGrid>
      <DocumentsSection
        c={c}
        extra={
          <Button size="xs" variant="default" onClick={() => setAttaching((o) => !o)} aria-expanded={attaching}>
            Attach a document
          </Button>
        }
      >
        {attaching && <AttachDocumentForm caseId={c.id} onDone={() => setAttaching(false)} />}
      </DocumentsSection>
    </Stack>
  );
}

/** Sandbox only: walk the case to a state through every step in between, as the test helper endpoint does. */
function AdvanceSandbox({ c }: { c: CaseDetail }) {
  const targets = STATES.filter((s) => s !== c.state);
  const [to, setTo] = useState<string>(targets.includes('published') ? 'published' : (targets[0] ?? ''));
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, advance] = useMutation(AdvanceSandboxCaseMutation);
  const submit = async () => {
    setError(null);
    const result = await advance({ caseId: c.id, to }, { additionalTypenames: ['VerificationCase'] });
    if (result.error) setError(actionErrorMessage(result.error));
    else notifications.show({ color: 'green', message: `The case is now “${stateLabel(result.data?.advanceSandboxCase.state ?? to)}”.` });
  };
  return (
    <Stack gap={4} maw={360}>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <NativeSelect
          label="Advance to"
          data={targets.map((s) => ({ value: s, label: stateLabel(s) }))}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          error={error ? true : undefined}
          aria-describedby={error ? 'advance-error' : undefined}
        />
        <Button variant="default" onClick={() => void submit()} loading={fetching}>
          Advance (sandbox)
        </Button>
      </Group>
      {error && (
        <Text size="sm" c="red" id="advance-error" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
