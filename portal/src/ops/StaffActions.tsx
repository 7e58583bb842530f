import { Button, Card, CloseButton, Group, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type ReactNode } from 'react';
import { useMutation, type AnyVariables, type DocumentInput, type OperationResult } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { STAFF_ROLE_LABELS } from '../app/labels';
import type { StaffRole } from '../auth/session';
import type { CaseDetail } from '../verifications/CaseSections';
import { DOCUMENT_KIND_OPTIONS } from '../verifications/states';
import {
  ApproveVerificationMutation,
  DeclineVerificationMutation,
  PublishReportMutation,
  RequestInformationMutation,
  RevokeReportMutation,
  SetReportDisputedMutation,
  SignReportMutation,
  StartReviewMutation,
} from './documents';
import { ACTION_LABELS, actionsForOthers, allowedActions, type StaffAction } from './staffActions';
import {
  APPROVAL_FIELDS,
  RISK_BAND_OPTIONS,
  newApprovalDraft,
  newRfiDraft,
  toApprovalInput,
  toRfiItems,
  validateApproval,
  validateRfiDrafts,
  type ApprovalDraft,
  type ApprovalField,
  type RfiDraft,
} from './staffForms';
import { interpretError } from '../app/graphqlErrors';
import type { RfiItemDocumentKind, RfiItemKind, VerificationCaseRiskBand } from '../gql/graphql';

/** Every step changes the case: the page reloads it (and the live push does too). */
const CASE_CHANGED = { additionalTypenames: ['VerificationCase', 'Report'] };

/**
 * A mutation whose refusal is kept to show next to the control that sent
 * it: the server's own words for forbidden (the four-eyes rule), conflict
 * (someone moved the case first) and validation errors.
 */
function useStep<Data, Vars extends AnyVariables>(doc: DocumentInput<Data, Vars>, done: string) {
  const [{ fetching }, run] = useMutation(doc);
  const [error, setError] = useState<string | null>(null);
  const send = async (vars: Vars): Promise<OperationResult<Data, Vars>> => {
    setError(null);
    const result = await run(vars, CASE_CHANGED);
    if (result.error) setError(actionErrorMessage(result.error));
    else notifications.show({ color: 'green', message: done });
    return result;
  };
  return { fetching, error, send, setError };
}

/** The steps the signed-in staff member may take on the case now, each with its form. */
export function StaffActions({ c, role }: { c: CaseDetail; role: StaffRole | null }) {
  const mine = allowedActions(c.state, role);
  const others = actionsForOthers(c.state, role);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="staff-actions-heading">
      <Title order={2} size="h4" id="staff-actions-heading" mb="sm">
        Actions
      </Title>
      {mine.length === 0 ? (
        <Text size="sm" c="dimmed">
          {others.length > 0
            ? `Nothing for a ${role ? STAFF_ROLE_LABELS[role].toLowerCase() : 'visitor'} to do here: ${others.map((a) => ACTION_LABELS[a].toLowerCase()).join(', ')} ${others.length === 1 ? 'is' : 'are'} for a senior analyst.`
            : 'No step can be taken on a case in this state.'}
        </Text>
      ) : (
        <Stack gap="md">
          {mine.map((action) => (
            <ActionControl key={action} action={action} c={c} />
          ))}
          {others.length > 0 && (
            <Text size="sm" c="dimmed">
              A senior analyst can also: {others.map((a) => ACTION_LABELS[a].toLowerCase()).join(', ')}.
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

function ActionControl({ action, c }: { action: StaffAction; c: CaseDetail }) {
  switch (action) {
    case 'startReview':
      return <StartReview c={c} />;
    case 'requestInformation':
      return <RequestInformation c={c} />;
    case 'approve':
      return <Approve c={c} />;
    case 'decline':
      return <ReasonStep action="decline" c={c} />;
    case 'sign':
      return <SignOrPublish action="sign" c={c} />;
    case 'publish':
      return <SignOrPublish action="publish" c={c} />;
    case 'revoke':
    case 'setDisputed':
    case 'clearDispute':
      return <ReasonStep action={action} c={c} />;
  }
}

/** A button with the server's refusal next to it. */
function StepButton({ label, error, loading, onClick, variant }: { label: string; error: string | null; loading: boolean; onClick: () => void; variant?: string }) {
  const errorId = useId();
  return (
    <Group gap="sm" align="center">
      <Button onClick={onClick} loading={loading} variant={variant} aria-describedby={error ? errorId : undefined}>
        {label}
      </Button>
      {error && (
        <Text size="sm" c="red" id={errorId} role="alert" maw={520}>
          {error}
        </Text>
      )}
    </Group>
  );
}

function StartReview({ c }: { c: CaseDetail }) {
  const step = useStep(StartReviewMutation, 'You are reviewing the case.');
  return <StepButton label={ACTION_LABELS.startReview} error={step.error} loading={step.fetching} onClick={() => void step.send({ caseId: c.id })} />;
}

function SignOrPublish({ action, c }: { action: 'sign' | 'publish'; c: CaseDetail }) {
  const sign = useStep(SignReportMutation, 'The report is signed.');
  const publish = useStep(PublishReportMutation, 'The report is published: its verify page is live.');
  const step = action === 'sign' ? sign : publish;
  return (
    <StepButton
      label={ACTION_LABELS[action]}
      error={step.error}
      loading={step.fetching}
      onClick={() => void step.send({ verificationId: c.verificationID })}
    />
  );
}

/** A form that opens under its button and closes when sent or cancelled. */
function Opening({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpen(true)} aria-expanded={false}>
          {label}…
        </Button>
      </Group>
    );
  }
  return (
    <Card withBorder padding="md" radius="sm">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{label}</Text>
        <CloseButton aria-label={`Cancel: ${label.toLowerCase()}`} onClick={() => setOpen(false)} />
      </Group>
      {children(() => setOpen(false))}
    </Card>
  );
}

const REASON_STEPS = {
  decline: { prompt: 'Why the case is declined (the partner reads this)', done: 'The case is declined.' },
  revoke: { prompt: 'Why the report is revoked (shown on its verify page)', done: 'The report is revoked.' },
  setDisputed: { prompt: 'What is disputed', done: 'The report is marked disputed.' },
  clearDispute: { prompt: 'How the dispute was settled', done: 'The dispute is cleared.' },
} as const;

function ReasonStep({ action, c }: { action: keyof typeof REASON_STEPS; c: CaseDetail }) {
  const { prompt, done } = REASON_STEPS[action];
  const decline = useStep(DeclineVerificationMutation, done);
  const revoke = useStep(RevokeReportMutation, done);
  const dispute = useStep(SetReportDisputedMutation, done);
  const step = action === 'decline' ? decline : action === 'revoke' ? revoke : dispute;
  const [reason, setReason] = useState('');
  const submit = async (close: () => void) => {
    if (!reason.trim()) {
      step.setError('Give a reason.');
      return;
    }
    const r = reason.trim();
    const result =
      action === 'decline'
        ? await decline.send({ caseId: c.id, reason: r })
        : action === 'revoke'
          ? await revoke.send({ verificationId: c.verificationID, reason: r })
          : await dispute.send({ verificationId: c.verificationID, disputed: action === 'setDisputed', reason: r });
    if (!result.error) close();
  };
  return (
    <Opening label={ACTION_LABELS[action]}>
      {(close) => (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit(close);
          }}
        >
          <Stack gap="xs">
            <Textarea label={prompt} required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={step.error} />
            <Group>
              <Button type="submit" color={action === 'clearDispute' ? undefined : 'red'} loading={step.fetching}>
                {ACTION_LABELS[action]}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Opening>
  );
}

function RequestInformation({ c }: { c: CaseDetail }) {
  const step = useStep(RequestInformationMutation, 'The partner was asked for the information.');
  const [items, setItems] = useState<RfiDraft[]>([newRfiDraft()]);
  const [itemErrors, setItemErrors] = useState<Record<number, string>>({});
  const update = (i: number, patch: Partial<RfiDraft>) => setItems((all) => all.map((item, j) => (j === i ? { ...item, ...patch } : item)));
  const submit = async (close: () => void) => {
    const errors = validateRfiDrafts(items);
    setItemErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const result = await step.send({ caseId: c.id, items: toRfiItems(items) });
    if (!result.error) {
      setItems([newRfiDraft()]);
      close();
    }
  };
  return (
    <Opening label={ACTION_LABELS.requestInformation}>
      {(close) => (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit(close);
          }}
        >
          <Stack gap="sm">
            {items.map((item, i) => (
              <Card key={i} withBorder padding="sm" radius="sm" component="fieldset" aria-label={`Item ${i + 1}`}>
                <Group justify="space-between" mb={4}>
                  <Text size="sm" fw={600}>
                    Item {i + 1}
                  </Text>
                  {items.length > 1 && (
                    <CloseButton aria-label={`Remove item ${i + 1}`} onClick={() => setItems((all) => all.filter((_, j) => j !== i))} />
                  )}
                </Group>
                <Group align="flex-start" grow>
                  <NativeSelect
                    label="Ask for"
                    data={[
                      { value: 'DOCUMENT', label: 'A document' },
                      { value: 'QUESTION', label: 'An answer to a question' },
                    ]}
                    value={item.kind}
                    onChange={(e) => update(i, { kind: e.currentTarget.value as RfiItemKind })}
                  />
                  {item.kind === 'DOCUMENT' && (
                    <NativeSelect
                      label="Document kind"
                      data={DOCUMENT_KIND_OPTIONS}
                      value={item.documentKind}
                      onChange={(e) => update(i, { documentKind: e.currentTarget.value as RfiItemDocumentKind })}
                    />
                  )}
                </Group>
                <Textarea
                  mt="xs"
                  label={item.kind === 'DOCUMENT' ? 'What the document must show' : 'Question'}
                  required
                  autosize
                  minRows={2}
                  value={item.message}
                  onChange={(e) => update(i, { message: e.currentTarget.value })}
                  error={itemErrors[i]}
                />
              </Card>
            ))}
            <Group>
              <Button variant="default" size="xs" onClick={() => setItems((all) => [...all, newRfiDraft()])}>
                Add another item
              </Button>
            </Group>
            <StepError error={step.error} />
            <Group>
              <Button type="submit" loading={step.fetching}>
                Send the request ({items.length} {items.length === 1 ? 'item' : 'items'})
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Opening>
  );
}

function StepError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <Text size="sm" c="red" role="alert">
      {error}
    </Text>
  );
}

function Approve({ c }: { c: CaseDetail }) {
  const [{ fetching }, run] = useMutation(ApproveVerificationMutation);
  const [draft, setDraft] = useState<ApprovalDraft>(newApprovalDraft());
  const [errors, setErrors] = useState<Partial<Record<ApprovalField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (patch: Partial<ApprovalDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const submit = async (close: () => void) => {
    const found = validateApproval(draft);
    setErrors(found);
    setFormError(null);
    if (Object.keys(found).length > 0) return;
    const result = await run({ caseId: c.id, input: toApprovalInput(draft) }, CASE_CHANGED);
    if (result.error) {
      const { fieldErrors, formError } = interpretError(result.error, APPROVAL_FIELDS);
      setErrors(fieldErrors);
      setFormError(formError ?? (Object.keys(fieldErrors).length === 0 ? actionErrorMessage(result.error) : null));
      return;
    }
    notifications.show({ color: 'green', message: 'The case is approved; its report waits for a senior analyst’s signature.' });
    close();
  };
  return (
    <Opening label={ACTION_LABELS.approve}>
      {(close) => (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit(close);
          }}
        >
          <Stack gap="xs">
            <Group grow align="flex-start">
              <TextInput
                label="Trust score (0–100)"
                inputMode="numeric"
                required
                value={draft.trustScore}
                onChange={(e) => set({ trustScore: e.currentTarget.value })}
                error={errors.trustScore}
              />
              <NativeSelect
                label="Risk band"
                data={RISK_BAND_OPTIONS as Array<{ value: string; label: string }>}
                value={draft.riskBand}
                onChange={(e) => set({ riskBand: e.currentTarget.value as VerificationCaseRiskBand })}
                error={errors.riskBand}
              />
              <TextInput
                label="Valid for (days)"
                inputMode="numeric"
                value={draft.validForDays}
                onChange={(e) => set({ validForDays: e.currentTarget.value })}
                error={errors.validForDays}
              />
            </Group>
            <Textarea
              label="Controls (one per line)"
              description="Conditions the approval comes with; they appear on the report."
              autosize
              minRows={2}
              value={draft.controls}
              onChange={(e) => set({ controls: e.currentTarget.value })}
              error={errors.controls}
            />
            <StepError error={formError} />
            <Group>
              <Button type="submit" color="teal" loading={fetching}>
                Approve the case
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Opening>
  );
}
