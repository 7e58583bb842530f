import type { ApiKeyCurrencyType, ApiKeyKind, CreateApiKeyInput, Environment, KeyFormOptionsQuery } from '../gql/graphql';

export type FormApplication = NonNullable<NonNullable<KeyFormOptionsQuery['applications']['edges']>[number]>['node'] & {};
export type ScopeInfo = KeyFormOptionsQuery['scopes'][number];

export type ExpiryChoice = 'never' | '30' | '90' | '365' | 'custom';

export interface KeyFormValues {
  name: string;
  applicationId: string;
  kind: ApiKeyKind;
  environment: Environment;
  scopes: string[];
  expiry: ExpiryChoice;
  /** yyyy-mm-dd, for expiry "custom". */
  expiresOn: string;
  currencyType: ApiKeyCurrencyType;
  ipAllowlist: string[];
  allowedOrigins: string[];
}

export const KEY_FORM_FIELDS = [
  'name',
  'applicationId',
  'kind',
  'environment',
  'scopes',
  'expiry',
  'expiresOn',
  'currencyType',
  'ipAllowlist',
  'allowedOrigins',
] as const;

export const KIND_LABELS: Record<ApiKeyKind, string> = {
  SECRET: 'Secret',
  RESTRICTED: 'Restricted',
  PUBLISHABLE: 'Publishable',
};

export const KIND_DESCRIPTIONS: Record<ApiKeyKind, string> = {
  SECRET: 'For your server: the full scopes of the application. Keep it out of browsers and apps.',
  RESTRICTED: 'For your server or a third party: only the subset of scopes you choose (read-only to start).',
  PUBLISHABLE: 'For browsers and mobile SDKs: SDK-safe scopes only, and only from the origins you list.',
};

const KYC_PROGRESS: Record<string, string> = {
  NOT_STARTED: 'not started yet',
  SUBMITTED: 'submitted and waiting for review',
  REJECTED: 'rejected: correct it and submit again',
};
const APP_PROGRESS: Record<string, string> = {
  DRAFT: 'not requested yet',
  PENDING_REVIEW: 'requested and waiting for review',
  REJECTED: 'rejected: see the reviewer’s reason on the application',
};

/**
 * Why a live key cannot be created for the application yet, naming the
 * onboarding step (as the API's refusal does), or null when it can.
 */
export function liveBlockedReason(application: FormApplication | undefined): string | null {
  if (!application) return null;
  const kyc = application.organization?.kycStatus;
  if (kyc && kyc !== 'VERIFIED') {
    return `Live keys need your organization’s KYC/AML verification (step 2 on the Onboarding page), which is ${KYC_PROGRESS[kyc] ?? 'not complete'}.`;
  }
  if (application.status !== 'APPROVED') {
    return `Live keys need ${application.name} approved for production (step 3 on the Onboarding page), which is ${APP_PROGRESS[application.status] ?? 'not complete'}.`;
  }
  return null;
}

/**
 * The scopes a key of this kind may hold on the application: the
 * application's allowed scopes (the seed core plus its industry preset),
 * and for a publishable key only the SDK-safe ones.
 */
export function grantableScopes(application: FormApplication | undefined, kind: ApiKeyKind, catalog: readonly ScopeInfo[]): ScopeInfo[] {
  if (!application) return [];
  const allowed = new Set(application.allowedScopes);
  return catalog.filter((scope) => allowed.has(scope.name) && (kind !== 'PUBLISHABLE' || scope.sdkSafe));
}

/**
 * The scopes the dialog starts with: a secret key everything the
 * application may use, a publishable key every SDK-safe one, and a
 * restricted key only the read scopes (the user adds what it must change).
 */
export function defaultScopes(application: FormApplication | undefined, kind: ApiKeyKind, catalog: readonly ScopeInfo[]): string[] {
  const names = grantableScopes(application, kind, catalog).map((scope) => scope.name);
  return kind === 'RESTRICTED' ? names.filter((name) => name.endsWith(':read')) : names;
}

export function initialKeyForm(environment: Environment, applications: readonly FormApplication[], catalog: readonly ScopeInfo[]): KeyFormValues {
  const application = applications.find((a) => a.isDefault) ?? applications[0];
  return {
    name: '',
    applicationId: application?.id ?? '',
    kind: 'SECRET',
    // A live key that cannot be created yet is not offered as the start.
    environment: environment === 'LIVE' && liveBlockedReason(application) ? 'TEST' : environment,
    scopes: defaultScopes(application, 'SECRET', catalog),
    expiry: 'never',
    expiresOn: '',
    currencyType: 'FIAT',
    ipAllowlist: [],
    allowedOrigins: [],
  };
}

const DAY = 86_400_000;

/** The instant the key expires, or null for never. */
export function expiresAt(values: Pick<KeyFormValues, 'expiry' | 'expiresOn'>, now: number = Date.now()): string | null {
  if (values.expiry === 'never') return null;
  if (values.expiry === 'custom') {
    // The end of the chosen day in the user's time zone.
    const end = new Date(`${values.expiresOn}T23:59:59`);
    return Number.isNaN(end.getTime()) ? null : end.toISOString();
  }
  return new Date(now + Number(values.expiry) * DAY).toISOString();
}

export function validateKeyForm(values: KeyFormValues, now: number = Date.now()): Partial<Record<(typeof KEY_FORM_FIELDS)[number], string>> {
  const errors: Partial<Record<(typeof KEY_FORM_FIELDS)[number], string>> = {};
  if (values.name.trim() === '') errors.name = 'Give the key a name, e.g. "Checkout server".';
  else if (values.name.trim().length > 100) errors.name = 'Use at most 100 characters.';
  if (!values.applicationId) errors.applicationId = 'Choose an application.';
  if (values.scopes.length === 0) errors.scopes = 'Choose at least one scope.';
  if (values.expiry === 'custom') {
    const at = expiresAt(values, now);
    if (!values.expiresOn || at === null) errors.expiresOn = 'Choose the date the key stops working.';
    else if (Date.parse(at) <= now) errors.expiresOn = 'Choose a date in the future.';
  }
  if (values.kind === 'PUBLISHABLE' && values.allowedOrigins.length === 0) {
    errors.allowedOrigins = 'List the origins (e.g. https://shop.example.com) your pages are served from.';
  }
  const badOrigin = values.allowedOrigins.find((o) => !/^https?:\/\/[^/\s]+$/.test(o));
  if (values.kind === 'PUBLISHABLE' && badOrigin) errors.allowedOrigins = `"${badOrigin}" is not an origin: use scheme and host only, e.g. https://shop.example.com.`;
  return errors;
}

export function toCreateInput(values: KeyFormValues, now: number = Date.now()): CreateApiKeyInput {
  return {
    name: values.name.trim(),
    applicationId: values.applicationId,
    kind: values.kind,
    environment: values.environment,
    scopes: values.scopes,
    expiresAt: expiresAt(values, now),
    currencyType: values.currencyType,
    ipAllowlist: values.ipAllowlist,
    ...(values.kind === 'PUBLISHABLE' ? { allowedOrigins: values.allowedOrigins } : {}),
  };
}

/**
 * The first call a developer makes with a new key: list verifications, or
 * for a key without verification:read (e.g. publishable) list reports, from
 * one of its allowed origins.
 */
export function curlExample(
  secret: string,
  key: { scopes: readonly string[]; allowedOrigins?: readonly string[] | null },
  apiOrigin: string = window.location.origin,
): string {
  const canList = key.scopes.some((s) => s === 'verification:read' || s === 'verification');
  const path = canList || !key.scopes.includes('report:read') ? '/v1/verifications' : '/v1/reports';
  const origin = key.allowedOrigins?.[0];
  return [`curl ${apiOrigin}${path}`, `  -H "Authorization: Bearer ${secret}"`, ...(origin ? [`  -H "Origin: ${origin}"`] : [])].join(' \\\n');
}
