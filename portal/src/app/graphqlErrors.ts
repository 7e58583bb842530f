import type { CombinedError } from '@urql/core';

// The API reports failures as GraphQL errors whose extensions.code is one of
// these (the same codes as the REST error envelope); validation_error and
// conflict also name the input field in extensions.field.
export type ApiErrorCode =
  | 'validation_error'
  | 'conflict'
  | 'unauthorized'
  | 'rate_limited'
  | 'forbidden'
  | 'not_found'
  | 'server_error';

const DEFAULT_MESSAGES: Record<ApiErrorCode | 'network', string> = {
  validation_error: 'Please check the form and try again.',
  conflict: 'This already exists.',
  unauthorized: 'Your session has ended. Please log in again.',
  rate_limited: 'Too many attempts. Please wait a minute and try again.',
  forbidden: 'You do not have permission to do that.',
  not_found: 'We could not find what you were looking for.',
  server_error: 'Something went wrong on our side. Please try again.',
  network: 'We cannot reach KeyBS right now. Check your connection and try again.',
};

export type MessageOverrides = Partial<Record<ApiErrorCode | 'network', string>>;

export interface InterpretedError<Field extends string> {
  /** Messages to show next to the named inputs. */
  fieldErrors: Partial<Record<Field, string>>;
  /** A message for the whole form, or null when every error has a field. */
  formError: string | null;
}

/** The extensions.code of the first GraphQL error, if any. */
export function errorCode(error: CombinedError | undefined): ApiErrorCode | 'network' | undefined {
  if (!error) return undefined;
  if (error.networkError && error.graphQLErrors.length === 0) return 'network';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? (code as ApiErrorCode) : 'server_error';
}

/**
 * Splits an API error into per-field messages (for the fields this form has)
 * and one form-level message. `overrides` replaces the generic message for a
 * code, e.g. "Incorrect email or password." for unauthorized on the log-in form.
 */
export function interpretError<Field extends string>(
  error: CombinedError,
  fields: readonly Field[],
  overrides: MessageOverrides = {},
): InterpretedError<Field> {
  const messages = { ...DEFAULT_MESSAGES, ...overrides };
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { fieldErrors: {}, formError: messages.network };
  }
  const fieldErrors: Partial<Record<Field, string>> = {};
  const formErrors: string[] = [];
  for (const gqlError of error.graphQLErrors) {
    const rawCode = gqlError.extensions?.code;
    const code: ApiErrorCode = typeof rawCode === 'string' && rawCode in DEFAULT_MESSAGES ? (rawCode as ApiErrorCode) : 'server_error';
    const field = matchField(gqlError.extensions?.field, fields);
    const rawField = gqlError.extensions?.field;
    if (field && (code === 'validation_error' || code === 'conflict')) {
      // Under its input the message's own field name ("ipAllowlist") is
      // noise in the words of code: the input's label already says it.
      fieldErrors[field] ??= overrides[code] ?? sentence(inWords(gqlError.message, rawField, 'this field')) ?? messages[code];
      continue;
    }
    // Validation messages are written for people; other codes get ours, so an
    // internal detail never reaches the page.
    const message = code === 'validation_error' ? (sentence(inWords(gqlError.message, rawField)) ?? messages[code]) : messages[code];
    if (!formErrors.includes(message)) formErrors.push(message);
  }
  return { fieldErrors, formError: formErrors.length > 0 ? formErrors.join(' ') : null };
}

/**
 * One message for an action that failed (a dialog's submit, a row action).
 * The server's own text is shown for forbidden, conflict and validation
 * errors: it is written for people and names what is missing (for example
 * "live keys need your organization's KYC/AML verification"). Other codes get
 * the generic message, so an internal detail never reaches the page.
 */
export function actionErrorMessage(error: CombinedError, overrides: MessageOverrides = {}): string {
  const messages = { ...DEFAULT_MESSAGES, ...overrides };
  if (error.networkError && error.graphQLErrors.length === 0) return messages.network;
  const parts: string[] = [];
  for (const gqlError of error.graphQLErrors) {
    const rawCode = gqlError.extensions?.code;
    const code: ApiErrorCode = typeof rawCode === 'string' && rawCode in DEFAULT_MESSAGES ? (rawCode as ApiErrorCode) : 'server_error';
    const own = code === 'forbidden' || code === 'conflict' || code === 'validation_error';
    const message = overrides[code] ?? (own ? sentence(inWords(gqlError.message, gqlError.extensions?.field)) : undefined) ?? messages[code];
    if (!parts.includes(message)) parts.push(message);
  }
  return parts.length > 0 ? parts.join(' ') : messages.server_error;
}

/** Accepts "password", "input.password" or "organization_name" for organizationName. */
function matchField<Field extends string>(raw: unknown, fields: readonly Field[]): Field | undefined {
  if (typeof raw !== 'string' || raw === '') return undefined;
  const last = raw.split('.').pop() ?? raw;
  const camel = last.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return fields.find((f) => f === camel || f.toLowerCase() === camel.toLowerCase());
}

/**
 * The message with the API's name of its field ("ipAllowlist",
 * "input.ip_allowlist") replaced by `replacement`, or by the name in plain
 * words ("ip allowlist") when none is given.
 */
export function inWords(message: string | undefined, rawField: unknown, replacement?: string): string | undefined {
  if (!message || typeof rawField !== 'string' || rawField === '') return message;
  const last = rawField.split('.').pop() ?? rawField;
  const words = last
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  const camel = last.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const snake = camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  // Single words ("name") read the same either way; only code-shaped names change.
  const names = [...new Set([rawField, camel, snake])].filter((n) => /[A-Z_.]/.test(n));
  let out = message;
  for (const name of names) out = out.replace(new RegExp(`\\b${name.replace(/[.]/g, '\\.')}\\b`, 'g'), replacement ?? words);
  return out;
}

function sentence(message: string | undefined): string | undefined {
  const trimmed = message?.replace(/^\[GraphQL\]\s*/, '').trim();
  if (!trimmed) return undefined;
  const capitalised = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
