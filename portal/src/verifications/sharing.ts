import { graphql } from '../gql';
import type { ShareAttemptOutcome, ShareTokenField, ShareTokenStatus } from '../gql/graphql';

// Share tokens of one published report (seed 004's KYC share tokens): the
// GraphQL documents the report view's manager uses, the words for their
// enums and the rules of the create form, kept apart from the components so
// the rules are tested on their own.

export const ShareTokenFields = graphql(`
  fragment ShareTokenFields on ShareToken {
    id
    prefix
    status
    fields
    maxUses
    uses
    usesRemaining
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
  }
`);

/** The report's tokens, newest first. */
export const ShareTokensQuery = graphql(`
  query ShareTokens($caseId: ID!) {
    shareTokens(first: 50, where: { hasCaseWith: [{ id: $caseId }] }, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      edges {
        node {
          ...ShareTokenFields
        }
      }
    }
  }
`);

/** One token's presentations, newest first, read fresh each time they are opened. */
export const ShareTokenAttemptsQuery = graphql(`
  query ShareTokenAttempts($id: ID!) {
    shareTokens(first: 1, where: { id: $id }) {
      edges {
        node {
          id
          uses
          status
          attempts(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {
            totalCount
            edges {
              node {
                id
                createdAt
                outcome
                ip
                domain
                userAgent
              }
            }
          }
        }
      }
    }
  }
`);

export const CreateShareTokenMutation = graphql(`
  mutation CreateShareToken($input: CreateShareTokenInput!) {
    createShareToken(input: $input) {
      token
      shareToken {
        ...ShareTokenFields
      }
    }
  }
`);

export const RevokeShareTokenMutation = graphql(`
  mutation RevokeShareToken($id: ID!) {
    revokeShareToken(id: $id) {
      ...ShareTokenFields
    }
  }
`);

/** Every field a token may reveal, in the order the API lists them, in words. */
export const FIELD_LABELS: Record<ShareTokenField, string> = {
  VERIFICATION_ID: 'Verification ID',
  SUPPLIER_NAME: 'Supplier name',
  COUNTRY: 'Country',
  COUNTRY_CODE: 'Country code',
  TRUST_SCORE: 'Trust score',
  RISK_BAND: 'Risk band',
  STATE: 'State of the report',
  SIGNED_AT: 'Signed on',
  VALID_UNTIL: 'Valid until',
  VERIFY_URL: 'Verify page link',
  PDF_URL: 'PDF link',
  DIGEST: 'Digest',
  SIGNATURE: 'Signature',
  KEY_ID: 'Signing key ID',
};

export const ALL_FIELDS = Object.keys(FIELD_LABELS) as ShareTokenField[];

/**
 * What a third party usually needs to rely on a report: who, where, whether
 * it stands and until when, and where to check it. Scores and the signature
 * are opt-in.
 */
export const DEFAULT_FIELDS: ShareTokenField[] = ['VERIFICATION_ID', 'SUPPLIER_NAME', 'COUNTRY', 'STATE', 'VALID_UNTIL', 'VERIFY_URL'];

export const STATUS_LABELS: Record<ShareTokenStatus, { label: string; color: string }> = {
  ACTIVE: { label: 'Active', color: 'green' },
  EXPIRED: { label: 'Expired', color: 'gray' },
  EXHAUSTED: { label: 'Exhausted', color: 'orange' },
  REVOKED: { label: 'Revoked', color: 'red' },
};

export const OUTCOME_LABELS: Record<ShareAttemptOutcome, string> = {
  REVEALED: 'Fields revealed',
  EXPIRED: 'Refused: expired',
  EXHAUSTED: 'Refused: no uses left',
  REVOKED: 'Refused: revoked',
};

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Lifetimes offered, within the API's 60 s to 30 days; 7 days is the API's default. */
export const EXPIRY_OPTIONS = [
  { value: String(HOUR), label: '1 hour' },
  { value: String(DAY), label: '24 hours' },
  { value: String(7 * DAY), label: '7 days' },
  { value: String(30 * DAY), label: '30 days' },
];
export const DEFAULT_EXPIRES_IN = String(7 * DAY);
export const MAX_USES = 1000;

export interface ShareTokenForm {
  fields: string[];
  maxUses: number | string;
  expiresIn: string;
}

/** The create form's messages, each for its own input; an empty object when the form can be sent. */
export function validateShareTokenForm(form: ShareTokenForm): Partial<Record<keyof ShareTokenForm, string>> {
  const errors: Partial<Record<keyof ShareTokenForm, string>> = {};
  if (form.fields.length === 0) errors.fields = 'Choose at least one field to reveal.';
  const uses = Number(form.maxUses);
  if (form.maxUses === '' || !Number.isInteger(uses) || uses < 1 || uses > MAX_USES) {
    errors.maxUses = `Enter a whole number from 1 to ${MAX_USES}.`;
  }
  if (!EXPIRY_OPTIONS.some((o) => o.value === form.expiresIn)) errors.expiresIn = 'Choose when the token expires.';
  return errors;
}

/** The public address the report's URLs live under: the verify URL without its /r/{id}. */
export function publicBaseURL(verifyURL: string): string {
  const at = verifyURL.lastIndexOf('/r/');
  return at >= 0 ? verifyURL.slice(0, at) : new URL(verifyURL).origin;
}

/** Seed 002's badge snippet for a report. */
export function badgeSnippet(base: string, verificationID: string): string {
  const id = encodeURIComponent(verificationID);
  return `<script async src="${base}/badge/${id}/embed.js"></script>\n<div id="keybs-badge"></div>`;
}

/** The request a third party sends with the token: the full address and the body. */
export function verifyRequest(base: string, token: string): string {
  return `curl -X POST ${base}/v1/kyc-share/verify \\\n  -H "Content-Type: application/json" \\\n  -d '{"token": "${token}"}'`;
}
