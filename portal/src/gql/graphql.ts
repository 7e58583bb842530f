/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Define a Relay Cursor type:
   * https://relay.dev/graphql/connections.htm#sec-Cursor
   */
  Cursor: { input: string; output: string; }
  Map: { input: Record<string, unknown>; output: Record<string, unknown>; }
  Time: { input: string; output: string; }
};

export type ApiKey = Node & {
  __typename?: 'APIKey';
  /** Browser origins allowed to use a publishable key */
  allowedOrigins?: Maybe<Array<Scalars['String']['output']>>;
  application: Application;
  createdAt: Scalars['Time']['output'];
  createdBy?: Maybe<Scalars['String']['output']>;
  currencyType: ApiKeyCurrencyType;
  environment: Environment;
  expiresAt?: Maybe<Scalars['Time']['output']>;
  /** After a rotation, the old key works until then */
  graceUntil?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  /** CIDRs; empty means the application's allowlist applies */
  ipAllowlist?: Maybe<Array<Scalars['String']['output']>>;
  kind: ApiKeyKind;
  last4: Scalars['String']['output'];
  lastUsedAt?: Maybe<Scalars['Time']['output']>;
  lastUsedIP?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** The first 12 characters of the key, for display */
  prefix: Scalars['String']['output'];
  /** The per-minute limit the API enforces for this key, and why. */
  rateLimit: ApiKeyRateLimit;
  /** An enterprise override set by ops; wins over the tenant's and the default */
  rateLimitOverride?: Maybe<Scalars['Int']['output']>;
  /** The default budget the key was issued with (environment and industry) */
  rateLimitPerMinute: Scalars['Int']['output'];
  revokedAt?: Maybe<Scalars['Time']['output']>;
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** The key this one replaced */
  rotatedFrom?: Maybe<Scalars['String']['output']>;
  /** The key that replaced this one */
  rotatedTo?: Maybe<Scalars['String']['output']>;
  rotationDueAt: Scalars['Time']['output'];
  scopes: Array<Scalars['String']['output']>;
  state: ApiKeyState;
  updatedAt: Scalars['Time']['output'];
};

export type ApiKeyChange = {
  __typename?: 'APIKeyChange';
  /** The key as it is now; null when it was deleted. */
  apiKey?: Maybe<ApiKey>;
  apiKeyId: Scalars['ID']['output'];
  type: ApiKeyChangeType;
};

export type ApiKeyChangeType =
  | 'CREATED'
  | 'DELETED'
  | 'REVOKED'
  | 'ROTATED'
  | 'UPDATED'
  /** A call was made with the key: lastUsedAt moved (at most once a minute per key, or from a new address). */
  | 'USED';

/** A connection to a list of items. */
export type ApiKeyConnection = {
  __typename?: 'APIKeyConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ApiKeyEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** APIKeyCurrencyType is enum for the field currency_type */
export type ApiKeyCurrencyType =
  | 'CRYPTO'
  | 'FIAT';

/** An edge in a connection. */
export type ApiKeyEdge = {
  __typename?: 'APIKeyEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ApiKey>;
};

/** APIKeyKind is enum for the field kind */
export type ApiKeyKind =
  | 'PUBLISHABLE'
  | 'RESTRICTED'
  | 'SECRET';

/** Ordering options for APIKey connections */
export type ApiKeyOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order APIKeys. */
  field: ApiKeyOrderField;
};

/** Properties by which APIKey connections can be ordered. */
export type ApiKeyOrderField =
  | 'CREATED_AT';

export type ApiKeyRateLimit = {
  __typename?: 'APIKeyRateLimit';
  /** Requests a minute the key may make. */
  perMinute: Scalars['Int']['output'];
  /** The pricing tier the organization is on (whichever source won). */
  plan?: Maybe<PricingTier>;
  source: ApiKeyRateLimitSource;
};

/** Which rule gave a key its per-minute limit; the first that applies wins, in this order. */
export type ApiKeyRateLimitSource =
  /** The rate the key was issued with: 120 for TEST keys, the industry's live rate for LIVE ones. */
  | 'DEFAULT'
  /** An enterprise override set by KeyBS on this key. */
  | 'KEY_OVERRIDE'
  /** LIVE keys: the pricing tier's rate, capped by the industry's live rate. */
  | 'PLAN'
  /** An enterprise override set by KeyBS on the organization. */
  | 'TENANT_OVERRIDE';

export type ApiKeyState =
  | 'ACTIVE'
  | 'EXPIRED'
  | 'REVOKED'
  /** Rotated; the grace period is over. */
  | 'ROTATED'
  /** Rotated; works until graceUntil. */
  | 'ROTATING';

/**
 * APIKeyWhereInput is used for filtering APIKey objects.
 * Input was generated by ent.
 */
export type ApiKeyWhereInput = {
  and?: InputMaybe<Array<ApiKeyWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** currency_type field predicates */
  currencyType?: InputMaybe<ApiKeyCurrencyType>;
  currencyTypeIn?: InputMaybe<Array<ApiKeyCurrencyType>>;
  currencyTypeNEQ?: InputMaybe<ApiKeyCurrencyType>;
  currencyTypeNotIn?: InputMaybe<Array<ApiKeyCurrencyType>>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** expires_at field predicates */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** grace_until field predicates */
  graceUntil?: InputMaybe<Scalars['Time']['input']>;
  graceUntilGT?: InputMaybe<Scalars['Time']['input']>;
  graceUntilGTE?: InputMaybe<Scalars['Time']['input']>;
  graceUntilIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  graceUntilIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  graceUntilLT?: InputMaybe<Scalars['Time']['input']>;
  graceUntilLTE?: InputMaybe<Scalars['Time']['input']>;
  graceUntilNEQ?: InputMaybe<Scalars['Time']['input']>;
  graceUntilNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  graceUntilNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** application edge predicates */
  hasApplication?: InputMaybe<Scalars['Boolean']['input']>;
  hasApplicationWith?: InputMaybe<Array<ApplicationWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<ApiKeyKind>;
  kindIn?: InputMaybe<Array<ApiKeyKind>>;
  kindNEQ?: InputMaybe<ApiKeyKind>;
  kindNotIn?: InputMaybe<Array<ApiKeyKind>>;
  /** last_used_at field predicates */
  lastUsedAt?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtGT?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastUsedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  lastUsedAtLT?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastUsedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<ApiKeyWhereInput>;
  or?: InputMaybe<Array<ApiKeyWhereInput>>;
  /** prefix field predicates */
  prefix?: InputMaybe<Scalars['String']['input']>;
  prefixContains?: InputMaybe<Scalars['String']['input']>;
  prefixContainsFold?: InputMaybe<Scalars['String']['input']>;
  prefixEqualFold?: InputMaybe<Scalars['String']['input']>;
  prefixGT?: InputMaybe<Scalars['String']['input']>;
  prefixGTE?: InputMaybe<Scalars['String']['input']>;
  prefixHasPrefix?: InputMaybe<Scalars['String']['input']>;
  prefixHasSuffix?: InputMaybe<Scalars['String']['input']>;
  prefixIn?: InputMaybe<Array<Scalars['String']['input']>>;
  prefixLT?: InputMaybe<Scalars['String']['input']>;
  prefixLTE?: InputMaybe<Scalars['String']['input']>;
  prefixNEQ?: InputMaybe<Scalars['String']['input']>;
  prefixNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** rate_limit_override field predicates */
  rateLimitOverride?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideGT?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideGTE?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  rateLimitOverrideIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  rateLimitOverrideLT?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideLTE?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideNEQ?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  rateLimitOverrideNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** rate_limit_per_minute field predicates */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinuteGT?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinuteGTE?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinuteIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  rateLimitPerMinuteLT?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinuteLTE?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinuteNEQ?: InputMaybe<Scalars['Int']['input']>;
  rateLimitPerMinuteNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** revoked_at field predicates */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** rotated_from field predicates */
  rotatedFrom?: InputMaybe<Scalars['String']['input']>;
  rotatedFromContains?: InputMaybe<Scalars['String']['input']>;
  rotatedFromContainsFold?: InputMaybe<Scalars['String']['input']>;
  rotatedFromEqualFold?: InputMaybe<Scalars['String']['input']>;
  rotatedFromGT?: InputMaybe<Scalars['String']['input']>;
  rotatedFromGTE?: InputMaybe<Scalars['String']['input']>;
  rotatedFromHasPrefix?: InputMaybe<Scalars['String']['input']>;
  rotatedFromHasSuffix?: InputMaybe<Scalars['String']['input']>;
  rotatedFromIn?: InputMaybe<Array<Scalars['String']['input']>>;
  rotatedFromIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  rotatedFromLT?: InputMaybe<Scalars['String']['input']>;
  rotatedFromLTE?: InputMaybe<Scalars['String']['input']>;
  rotatedFromNEQ?: InputMaybe<Scalars['String']['input']>;
  rotatedFromNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  rotatedFromNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** rotated_to field predicates */
  rotatedTo?: InputMaybe<Scalars['String']['input']>;
  rotatedToContains?: InputMaybe<Scalars['String']['input']>;
  rotatedToContainsFold?: InputMaybe<Scalars['String']['input']>;
  rotatedToEqualFold?: InputMaybe<Scalars['String']['input']>;
  rotatedToGT?: InputMaybe<Scalars['String']['input']>;
  rotatedToGTE?: InputMaybe<Scalars['String']['input']>;
  rotatedToHasPrefix?: InputMaybe<Scalars['String']['input']>;
  rotatedToHasSuffix?: InputMaybe<Scalars['String']['input']>;
  rotatedToIn?: InputMaybe<Array<Scalars['String']['input']>>;
  rotatedToIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  rotatedToLT?: InputMaybe<Scalars['String']['input']>;
  rotatedToLTE?: InputMaybe<Scalars['String']['input']>;
  rotatedToNEQ?: InputMaybe<Scalars['String']['input']>;
  rotatedToNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  rotatedToNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** rotation_due_at field predicates */
  rotationDueAt?: InputMaybe<Scalars['Time']['input']>;
  rotationDueAtGT?: InputMaybe<Scalars['Time']['input']>;
  rotationDueAtGTE?: InputMaybe<Scalars['Time']['input']>;
  rotationDueAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  rotationDueAtLT?: InputMaybe<Scalars['Time']['input']>;
  rotationDueAtLTE?: InputMaybe<Scalars['Time']['input']>;
  rotationDueAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  rotationDueAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
};

export type ApiKeyWithSecret = {
  __typename?: 'ApiKeyWithSecret';
  apiKey: ApiKey;
  /** The full key. It is shown this once and cannot be retrieved again. */
  secret: Scalars['String']['output'];
};

export type Application = Node & {
  __typename?: 'Application';
  /** The scopes keys of this application may be granted. */
  allowedScopes: Array<Scalars['String']['output']>;
  apiKeys: ApiKeyConnection;
  archivedAt?: Maybe<Scalars['Time']['output']>;
  callbackUrls?: Maybe<Array<Scalars['String']['output']>>;
  createdAt: Scalars['Time']['output'];
  description?: Maybe<Scalars['String']['output']>;
  expectedMonthlyVolume: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  industry: Industry;
  /** CIDRs; keys without their own allowlist use this one */
  ipAllowlist?: Maybe<Array<Scalars['String']['output']>>;
  isDefault: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** The organization the application belongs to (staff read it in the production-access queue). */
  organization: Tenant;
  regulatoryCategory?: Maybe<Scalars['String']['output']>;
  requiredModules?: Maybe<Array<Module>>;
  reviewReason?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['Time']['output']>;
  status: ApplicationStatus;
  /** The pricing tier the expected monthly volume suggests. */
  suggestedTier: PricingTier;
  updatedAt: Scalars['Time']['output'];
};


export type ApplicationApiKeysArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApiKeyOrder>;
  where?: InputMaybe<ApiKeyWhereInput>;
};

/** A connection to a list of items. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ApplicationEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

export type ApplicationDecision =
  | 'APPROVE'
  | 'REJECT';

/** An edge in a connection. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Application>;
};

export type ApplicationInput = {
  /** Absolute URLs; https once the application is approved. */
  callbackUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  expectedMonthlyVolume?: InputMaybe<Scalars['Int']['input']>;
  industry?: InputMaybe<Industry>;
  /** IPv4/IPv6 CIDRs or addresses; keys without their own list use this one. */
  ipAllowlist?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategory?: InputMaybe<Scalars['String']['input']>;
  requiredModules?: InputMaybe<Array<Module>>;
};

/** Ordering options for Application connections */
export type ApplicationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Applications. */
  field: ApplicationOrderField;
};

/** Properties by which Application connections can be ordered. */
export type ApplicationOrderField =
  | 'CREATED_AT';

/** ApplicationStatus is enum for the field status */
export type ApplicationStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'PENDING_REVIEW'
  | 'REJECTED';

/**
 * ApplicationWhereInput is used for filtering Application objects.
 * Input was generated by ent.
 */
export type ApplicationWhereInput = {
  and?: InputMaybe<Array<ApplicationWhereInput>>;
  /** archived_at field predicates */
  archivedAt?: InputMaybe<Scalars['Time']['input']>;
  archivedAtGT?: InputMaybe<Scalars['Time']['input']>;
  archivedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  archivedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  archivedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  archivedAtLT?: InputMaybe<Scalars['Time']['input']>;
  archivedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  archivedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  archivedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  archivedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** expected_monthly_volume field predicates */
  expectedMonthlyVolume?: InputMaybe<Scalars['Int']['input']>;
  expectedMonthlyVolumeGT?: InputMaybe<Scalars['Int']['input']>;
  expectedMonthlyVolumeGTE?: InputMaybe<Scalars['Int']['input']>;
  expectedMonthlyVolumeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  expectedMonthlyVolumeLT?: InputMaybe<Scalars['Int']['input']>;
  expectedMonthlyVolumeLTE?: InputMaybe<Scalars['Int']['input']>;
  expectedMonthlyVolumeNEQ?: InputMaybe<Scalars['Int']['input']>;
  expectedMonthlyVolumeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** api_keys edge predicates */
  hasAPIKeys?: InputMaybe<Scalars['Boolean']['input']>;
  hasAPIKeysWith?: InputMaybe<Array<ApiKeyWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** industry field predicates */
  industry?: InputMaybe<Industry>;
  industryIn?: InputMaybe<Array<Industry>>;
  industryNEQ?: InputMaybe<Industry>;
  industryNotIn?: InputMaybe<Array<Industry>>;
  /** is_default field predicates */
  isDefault?: InputMaybe<Scalars['Boolean']['input']>;
  isDefaultNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<ApplicationWhereInput>;
  or?: InputMaybe<Array<ApplicationWhereInput>>;
  /** regulatory_category field predicates */
  regulatoryCategory?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryContains?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryContainsFold?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryEqualFold?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryGT?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryGTE?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryHasPrefix?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryHasSuffix?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryIn?: InputMaybe<Array<Scalars['String']['input']>>;
  regulatoryCategoryIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  regulatoryCategoryLT?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryLTE?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryNEQ?: InputMaybe<Scalars['String']['input']>;
  regulatoryCategoryNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  regulatoryCategoryNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** review_reason field predicates */
  reviewReason?: InputMaybe<Scalars['String']['input']>;
  reviewReasonContains?: InputMaybe<Scalars['String']['input']>;
  reviewReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  reviewReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  reviewReasonGT?: InputMaybe<Scalars['String']['input']>;
  reviewReasonGTE?: InputMaybe<Scalars['String']['input']>;
  reviewReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  reviewReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  reviewReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reviewReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reviewReasonLT?: InputMaybe<Scalars['String']['input']>;
  reviewReasonLTE?: InputMaybe<Scalars['String']['input']>;
  reviewReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  reviewReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reviewReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** reviewed_at field predicates */
  reviewedAt?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtGT?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reviewedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reviewedAtLT?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  reviewedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  reviewedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** status field predicates */
  status?: InputMaybe<ApplicationStatus>;
  statusIn?: InputMaybe<Array<ApplicationStatus>>;
  statusNEQ?: InputMaybe<ApplicationStatus>;
  statusNotIn?: InputMaybe<Array<ApplicationStatus>>;
};

export type ApproveVerificationInput = {
  /** Conditions the approval comes with. */
  controls?: InputMaybe<Array<Scalars['String']['input']>>;
  riskBand: VerificationCaseRiskBand;
  /** 0 to 100. */
  trustScore: Scalars['Int']['input'];
  /** How long the report is valid once signed: 1 to 3650 days, 365 when left out. */
  validForDays?: InputMaybe<Scalars['Int']['input']>;
};

export type AttachDocumentInput = {
  filename: Scalars['String']['input'];
  /** trade_license, certificate_of_incorporation, tax_certificate, bank_statement, identity_document, proof_of_address or other (any case). */
  kind: Scalars['String']['input'];
  /** The DOCUMENT item of a request for information this document answers. */
  rfiItemId?: InputMaybe<Scalars['ID']['input']>;
  /** 64 hexadecimal characters. */
  sha256: Scalars['String']['input'];
  storagePath: Scalars['String']['input'];
};

/** Who an audit entry says acted, as the entry's tenant may see it. */
export type AuditActor = {
  __typename?: 'AuditActor';
  /** The member's email; null for anyone who is not a member of this organization. */
  email?: Maybe<Scalars['String']['output']>;
  /** prefix…last4 of an API key actor. */
  keyPrefix?: Maybe<Scalars['String']['output']>;
  /** The entry's actor type: USER, STAFF, API_KEY, SYSTEM, ... */
  kind: AuditLogActorType;
  /** The member's or key's name; "KeyBS staff", "System" and the like otherwise. */
  name: Scalars['String']['output'];
};

/** One field an audit entry changed; from and to are null when the entry stored only the field's name (and always for secrets). */
export type AuditChange = {
  __typename?: 'AuditChange';
  field: Scalars['String']['output'];
  from?: Maybe<Scalars['String']['output']>;
  to?: Maybe<Scalars['String']['output']>;
};

export type AuditLog = Node & {
  __typename?: 'AuditLog';
  action: Scalars['String']['output'];
  /** Who acted; resolved for a whole page at once. */
  actor: AuditActor;
  actorID?: Maybe<Scalars['String']['output']>;
  actorType: AuditLogActorType;
  /** The fields the action changed, from the entry's stored metadata. */
  changes: Array<AuditChange>;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  metadata?: Maybe<Scalars['Map']['output']>;
  targetID?: Maybe<Scalars['String']['output']>;
  /** The target's name (application, key, endpoint, member), falling back to its id; null without a target. */
  targetName?: Maybe<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** AuditLogActorType is enum for the field actor_type */
export type AuditLogActorType =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'SDK_TOKEN'
  | 'SHARE_TOKEN'
  | 'SIMULATOR'
  | 'STAFF'
  | 'SYSTEM'
  | 'USER';

/** A connection to a list of items. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AuditLogEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<AuditLog>;
};

/** Ordering options for AuditLog connections */
export type AuditLogOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order AuditLogs. */
  field: AuditLogOrderField;
};

/** Properties by which AuditLog connections can be ordered. */
export type AuditLogOrderField =
  | 'CREATED_AT';

/**
 * AuditLogWhereInput is used for filtering AuditLog objects.
 * Input was generated by ent.
 */
export type AuditLogWhereInput = {
  /** action field predicates */
  action?: InputMaybe<Scalars['String']['input']>;
  actionContains?: InputMaybe<Scalars['String']['input']>;
  actionContainsFold?: InputMaybe<Scalars['String']['input']>;
  actionEqualFold?: InputMaybe<Scalars['String']['input']>;
  actionGT?: InputMaybe<Scalars['String']['input']>;
  actionGTE?: InputMaybe<Scalars['String']['input']>;
  actionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  actionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  actionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actionLT?: InputMaybe<Scalars['String']['input']>;
  actionLTE?: InputMaybe<Scalars['String']['input']>;
  actionNEQ?: InputMaybe<Scalars['String']['input']>;
  actionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** actor_id field predicates */
  actorID?: InputMaybe<Scalars['String']['input']>;
  actorIDContains?: InputMaybe<Scalars['String']['input']>;
  actorIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  actorIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  actorIDGT?: InputMaybe<Scalars['String']['input']>;
  actorIDGTE?: InputMaybe<Scalars['String']['input']>;
  actorIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  actorIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  actorIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actorIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  actorIDLT?: InputMaybe<Scalars['String']['input']>;
  actorIDLTE?: InputMaybe<Scalars['String']['input']>;
  actorIDNEQ?: InputMaybe<Scalars['String']['input']>;
  actorIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actorIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** actor_type field predicates */
  actorType?: InputMaybe<AuditLogActorType>;
  actorTypeIn?: InputMaybe<Array<AuditLogActorType>>;
  actorTypeNEQ?: InputMaybe<AuditLogActorType>;
  actorTypeNotIn?: InputMaybe<Array<AuditLogActorType>>;
  and?: InputMaybe<Array<AuditLogWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ip field predicates */
  ip?: InputMaybe<Scalars['String']['input']>;
  ipContains?: InputMaybe<Scalars['String']['input']>;
  ipContainsFold?: InputMaybe<Scalars['String']['input']>;
  ipEqualFold?: InputMaybe<Scalars['String']['input']>;
  ipGT?: InputMaybe<Scalars['String']['input']>;
  ipGTE?: InputMaybe<Scalars['String']['input']>;
  ipHasPrefix?: InputMaybe<Scalars['String']['input']>;
  ipHasSuffix?: InputMaybe<Scalars['String']['input']>;
  ipIn?: InputMaybe<Array<Scalars['String']['input']>>;
  ipIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  ipLT?: InputMaybe<Scalars['String']['input']>;
  ipLTE?: InputMaybe<Scalars['String']['input']>;
  ipNEQ?: InputMaybe<Scalars['String']['input']>;
  ipNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  ipNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<AuditLogWhereInput>;
  or?: InputMaybe<Array<AuditLogWhereInput>>;
  /** target_id field predicates */
  targetID?: InputMaybe<Scalars['String']['input']>;
  targetIDContains?: InputMaybe<Scalars['String']['input']>;
  targetIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  targetIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  targetIDGT?: InputMaybe<Scalars['String']['input']>;
  targetIDGTE?: InputMaybe<Scalars['String']['input']>;
  targetIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  targetIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  targetIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  targetIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  targetIDLT?: InputMaybe<Scalars['String']['input']>;
  targetIDLTE?: InputMaybe<Scalars['String']['input']>;
  targetIDNEQ?: InputMaybe<Scalars['String']['input']>;
  targetIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  targetIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** target_type field predicates */
  targetType?: InputMaybe<Scalars['String']['input']>;
  targetTypeContains?: InputMaybe<Scalars['String']['input']>;
  targetTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  targetTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  targetTypeGT?: InputMaybe<Scalars['String']['input']>;
  targetTypeGTE?: InputMaybe<Scalars['String']['input']>;
  targetTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  targetTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  targetTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  targetTypeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  targetTypeLT?: InputMaybe<Scalars['String']['input']>;
  targetTypeLTE?: InputMaybe<Scalars['String']['input']>;
  targetTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  targetTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  targetTypeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** user_agent field predicates */
  userAgent?: InputMaybe<Scalars['String']['input']>;
  userAgentContains?: InputMaybe<Scalars['String']['input']>;
  userAgentContainsFold?: InputMaybe<Scalars['String']['input']>;
  userAgentEqualFold?: InputMaybe<Scalars['String']['input']>;
  userAgentGT?: InputMaybe<Scalars['String']['input']>;
  userAgentGTE?: InputMaybe<Scalars['String']['input']>;
  userAgentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  userAgentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  userAgentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  userAgentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  userAgentLT?: InputMaybe<Scalars['String']['input']>;
  userAgentLTE?: InputMaybe<Scalars['String']['input']>;
  userAgentNEQ?: InputMaybe<Scalars['String']['input']>;
  userAgentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  userAgentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** A short-lived (15 minutes) bearer token for the Authorization header. */
  accessToken: Scalars['String']['output'];
  /** When accessToken expires. */
  expiresAt: Scalars['Time']['output'];
  /** The organization the session acts in and the role there; null for staff outside any. */
  membership?: Maybe<Membership>;
  /**
   * A single-use token for refreshSession; store it safely. Null when the
   * request came from a browser: the token is then set as an HttpOnly cookie
   * that only POST /auth/session/refresh reads, so no script can.
   */
  refreshToken?: Maybe<Scalars['String']['output']>;
  /** The user's id, email and name; query viewer with the new access token for memberships. */
  user: User;
};

export type Billing = {
  __typename?: 'Billing';
  environment: Environment;
  /** The total in the price table's currency. */
  estimatedCharge: BillingAmount;
  /** The organization's industry now; units are priced under the industry they were recorded with. */
  industry: Industry;
  lines: Array<ChargeLine>;
  /** Per-mille fees on volume in other currencies, one per currency. */
  otherCharges: Array<BillingAmount>;
  /** The calendar month, YYYY-MM (UTC). */
  period: Scalars['String']['output'];
  /** per_call, per_verification_or_volume or kyc_fraud_bundle. */
  pricingModel: Scalars['String']['output'];
  units: Array<MeteredUnitTotal>;
};

/** An amount in integer minor units of a currency. */
export type BillingAmount = {
  __typename?: 'BillingAmount';
  amount: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

export type CaseEvent = Node & {
  __typename?: 'CaseEvent';
  /** The event type the step emitted, e.g. verification.in_review or report.signed */
  action: Scalars['String']['output'];
  /** Who took the step, in words: a KeyBS analyst, a member of the organization, an API key, the sandbox simulator or the scheduler. */
  actor: Scalars['String']['output'];
  actorType: CaseEventActorType;
  case: VerificationCase;
  createdAt: Scalars['Time']['output'];
  environment: Environment;
  fromStatus?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<Scalars['String']['output']>;
};

/** CaseEventActorType is enum for the field actor_type */
export type CaseEventActorType =
  | 'API_KEY'
  | 'SDK_TOKEN'
  | 'SIMULATOR'
  | 'STAFF'
  | 'SYSTEM'
  | 'USER';

/** Ordering options for CaseEvent connections */
export type CaseEventOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order CaseEvents. */
  field: CaseEventOrderField;
};

/** Properties by which CaseEvent connections can be ordered. */
export type CaseEventOrderField =
  | 'CREATED_AT';

/**
 * CaseEventWhereInput is used for filtering CaseEvent objects.
 * Input was generated by ent.
 */
export type CaseEventWhereInput = {
  /** action field predicates */
  action?: InputMaybe<Scalars['String']['input']>;
  actionContains?: InputMaybe<Scalars['String']['input']>;
  actionContainsFold?: InputMaybe<Scalars['String']['input']>;
  actionEqualFold?: InputMaybe<Scalars['String']['input']>;
  actionGT?: InputMaybe<Scalars['String']['input']>;
  actionGTE?: InputMaybe<Scalars['String']['input']>;
  actionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  actionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  actionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  actionLT?: InputMaybe<Scalars['String']['input']>;
  actionLTE?: InputMaybe<Scalars['String']['input']>;
  actionNEQ?: InputMaybe<Scalars['String']['input']>;
  actionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** actor_type field predicates */
  actorType?: InputMaybe<CaseEventActorType>;
  actorTypeIn?: InputMaybe<Array<CaseEventActorType>>;
  actorTypeNEQ?: InputMaybe<CaseEventActorType>;
  actorTypeNotIn?: InputMaybe<Array<CaseEventActorType>>;
  and?: InputMaybe<Array<CaseEventWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** from_status field predicates */
  fromStatus?: InputMaybe<Scalars['String']['input']>;
  fromStatusContains?: InputMaybe<Scalars['String']['input']>;
  fromStatusContainsFold?: InputMaybe<Scalars['String']['input']>;
  fromStatusEqualFold?: InputMaybe<Scalars['String']['input']>;
  fromStatusGT?: InputMaybe<Scalars['String']['input']>;
  fromStatusGTE?: InputMaybe<Scalars['String']['input']>;
  fromStatusHasPrefix?: InputMaybe<Scalars['String']['input']>;
  fromStatusHasSuffix?: InputMaybe<Scalars['String']['input']>;
  fromStatusIn?: InputMaybe<Array<Scalars['String']['input']>>;
  fromStatusIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  fromStatusLT?: InputMaybe<Scalars['String']['input']>;
  fromStatusLTE?: InputMaybe<Scalars['String']['input']>;
  fromStatusNEQ?: InputMaybe<Scalars['String']['input']>;
  fromStatusNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  fromStatusNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** case edge predicates */
  hasCase?: InputMaybe<Scalars['Boolean']['input']>;
  hasCaseWith?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<CaseEventWhereInput>;
  or?: InputMaybe<Array<CaseEventWhereInput>>;
  /** reason field predicates */
  reason?: InputMaybe<Scalars['String']['input']>;
  reasonContains?: InputMaybe<Scalars['String']['input']>;
  reasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  reasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  reasonGT?: InputMaybe<Scalars['String']['input']>;
  reasonGTE?: InputMaybe<Scalars['String']['input']>;
  reasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  reasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  reasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  reasonLT?: InputMaybe<Scalars['String']['input']>;
  reasonLTE?: InputMaybe<Scalars['String']['input']>;
  reasonNEQ?: InputMaybe<Scalars['String']['input']>;
  reasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  reasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** to_status field predicates */
  toStatus?: InputMaybe<Scalars['String']['input']>;
  toStatusContains?: InputMaybe<Scalars['String']['input']>;
  toStatusContainsFold?: InputMaybe<Scalars['String']['input']>;
  toStatusEqualFold?: InputMaybe<Scalars['String']['input']>;
  toStatusGT?: InputMaybe<Scalars['String']['input']>;
  toStatusGTE?: InputMaybe<Scalars['String']['input']>;
  toStatusHasPrefix?: InputMaybe<Scalars['String']['input']>;
  toStatusHasSuffix?: InputMaybe<Scalars['String']['input']>;
  toStatusIn?: InputMaybe<Array<Scalars['String']['input']>>;
  toStatusIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  toStatusLT?: InputMaybe<Scalars['String']['input']>;
  toStatusLTE?: InputMaybe<Scalars['String']['input']>;
  toStatusNEQ?: InputMaybe<Scalars['String']['input']>;
  toStatusNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  toStatusNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ChargeLine = {
  __typename?: 'ChargeLine';
  amount: BillingAmount;
  description: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  unit: MeteredUnitKind;
};

/** A country (ISO 3166-1). */
export type Country = {
  __typename?: 'Country';
  /** The alpha-2 code, e.g. GB. */
  code: Scalars['String']['output'];
  /** The common English name, e.g. United Kingdom. */
  name: Scalars['String']['output'];
};

export type CreateApiKeyInput = {
  /** Publishable keys only: the browser origins allowed to use the key. */
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: the organization's default application. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** Default FIAT. */
  currencyType?: InputMaybe<ApiKeyCurrencyType>;
  environment: Environment;
  /** Null: never expires. */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  ipAllowlist?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default SECRET. */
  kind?: InputMaybe<ApiKeyKind>;
  name: Scalars['String']['input'];
  /** Default: every scope the kind may hold on the application; required for RESTRICTED. */
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type CreateOrganizationInput = {
  /** Accept the current API terms of service for the new organization. */
  acceptTerms: Scalars['Boolean']['input'];
  industry: Industry;
  name: Scalars['String']['input'];
};

export type CreateShareTokenInput = {
  /** Seconds until it expires: 60 to 2592000 (30 days); 604800 (7 days) when left out. */
  expiresIn?: InputMaybe<Scalars['Int']['input']>;
  /** The fields the token reveals, at least one. */
  fields: Array<ShareTokenField>;
  /** How many presentations it answers: 1 to 1000; 1 when left out. */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  /** The report's verification id (KBS-VR-…). The report must be published. */
  verificationId: Scalars['ID']['input'];
};

export type CreateVerificationCaseInput = {
  /** Your reference. In the sandbox, sim_manual, sim_decline, sim_rfi, sim_revoke, sim_expire or sim_dispute choose the simulator's path. */
  clientReference?: InputMaybe<Scalars['String']['input']>;
  contactEmail: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2, e.g. IN. */
  countryCode: Scalars['String']['input'];
  /** basic, standard or enhanced. */
  package: Scalars['String']['input'];
  supplierName: Scalars['String']['input'];
  /** tier1, tier2 or tier3. */
  tier: Scalars['String']['input'];
};

export type CreateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  environment: Environment;
  /** Event types to receive; empty or omitted: every type. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /**
   * https for LIVE endpoints. The host is resolved when the endpoint is saved and must be a public
   * internet address: private, loopback, link-local and metadata addresses are refused (for LIVE
   * endpoints always; TEST endpoints may use this machine's loopback addresses under
   * KEYBS_ENV=development, and internal addresses under KEYBS_WEBHOOK_ALLOW_PRIVATE).
   */
  url: Scalars['String']['input'];
};

/** A partner's dispute against one of its escrows or checked transactions, as KeyBS staff see it in the ops console. */
export type Dispute = {
  __typename?: 'Dispute';
  createdAt: Scalars['Time']['output'];
  description: Scalars['String']['output'];
  environment: Environment;
  /** The escrow disputed, when it is one; null for a transaction check. */
  escrow?: Maybe<Escrow>;
  /** The escrow disputed; null for a transaction check. */
  escrowId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  reason: DisputeReason;
  /** The partner's own reference. */
  reference?: Maybe<Scalars['String']['output']>;
  /** Ops' note to the partner with the decision. */
  resolutionNote?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['Time']['output']>;
  reviewStartedAt?: Maybe<Scalars['Time']['output']>;
  status: DisputeStatus;
  /** The organization that opened it. */
  tenantId: Scalars['ID']['output'];
  /** The transaction check disputed (txc_…); null for an escrow. */
  transactionCheckId?: Maybe<Scalars['ID']['output']>;
};

export type DisputeConnection = {
  __typename?: 'DisputeConnection';
  edges: Array<DisputeEdge>;
  pageInfo: PageInfo;
  /** Every dispute the list holds, not only this page's. */
  totalCount: Scalars['Int']['output'];
};

export type DisputeEdge = {
  __typename?: 'DisputeEdge';
  cursor: Scalars['Cursor']['output'];
  node: Dispute;
};

/** Disputes opened in the period, by their current status. */
export type DisputeFigures = {
  __typename?: 'DisputeFigures';
  lost: Scalars['Int']['output'];
  open: Scalars['Int']['output'];
  opened: Scalars['Int']['output'];
  /** Won + lost. */
  resolved: Scalars['Int']['output'];
  underReview: Scalars['Int']['output'];
  /** Won among resolved; null before any is resolved. */
  winRate?: Maybe<Scalars['Float']['output']>;
  won: Scalars['Int']['output'];
};

/** An ops decision: WON refunds a disputed escrow to the buyer, LOST releases it to the seller. */
export type DisputeOutcome =
  | 'LOST'
  | 'WON';

export type DisputeReason =
  | 'DUPLICATE'
  | 'FRAUDULENT'
  | 'OTHER'
  | 'PRODUCT_NOT_RECEIVED'
  | 'PRODUCT_UNACCEPTABLE';

/** open → under_review → won (the claim is upheld) or lost. */
export type DisputeStatus =
  | 'LOST'
  | 'OPEN'
  | 'UNDER_REVIEW'
  | 'WON';

export type Document = Node & {
  __typename?: 'Document';
  case: VerificationCase;
  createdAt: Scalars['Time']['output'];
  environment: Environment;
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: DocumentKind;
  /** The request for information this document answers */
  rfiItemID?: Maybe<Scalars['String']['output']>;
  sha256: Scalars['String']['output'];
  status: DocumentStatus;
  storagePath: Scalars['String']['output'];
  updatedAt: Scalars['Time']['output'];
};

/** DocumentKind is enum for the field kind */
export type DocumentKind =
  | 'BANK_STATEMENT'
  | 'CERTIFICATE_OF_INCORPORATION'
  | 'IDENTITY_DOCUMENT'
  | 'OTHER'
  | 'PROOF_OF_ADDRESS'
  | 'TAX_CERTIFICATE'
  | 'TRADE_LICENSE';

/** Ordering options for Document connections */
export type DocumentOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Documents. */
  field: DocumentOrderField;
};

/** Properties by which Document connections can be ordered. */
export type DocumentOrderField =
  | 'CREATED_AT';

/** DocumentStatus is enum for the field status */
export type DocumentStatus =
  | 'RECEIVED'
  | 'REJECTED'
  | 'VERIFIED';

/**
 * DocumentWhereInput is used for filtering Document objects.
 * Input was generated by ent.
 */
export type DocumentWhereInput = {
  and?: InputMaybe<Array<DocumentWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** filename field predicates */
  filename?: InputMaybe<Scalars['String']['input']>;
  filenameContains?: InputMaybe<Scalars['String']['input']>;
  filenameContainsFold?: InputMaybe<Scalars['String']['input']>;
  filenameEqualFold?: InputMaybe<Scalars['String']['input']>;
  filenameGT?: InputMaybe<Scalars['String']['input']>;
  filenameGTE?: InputMaybe<Scalars['String']['input']>;
  filenameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  filenameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  filenameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  filenameLT?: InputMaybe<Scalars['String']['input']>;
  filenameLTE?: InputMaybe<Scalars['String']['input']>;
  filenameNEQ?: InputMaybe<Scalars['String']['input']>;
  filenameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** case edge predicates */
  hasCase?: InputMaybe<Scalars['Boolean']['input']>;
  hasCaseWith?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<DocumentKind>;
  kindIn?: InputMaybe<Array<DocumentKind>>;
  kindNEQ?: InputMaybe<DocumentKind>;
  kindNotIn?: InputMaybe<Array<DocumentKind>>;
  not?: InputMaybe<DocumentWhereInput>;
  or?: InputMaybe<Array<DocumentWhereInput>>;
  /** rfi_item_id field predicates */
  rfiItemID?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDContains?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDGT?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDGTE?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  rfiItemIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  rfiItemIDLT?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDLTE?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDNEQ?: InputMaybe<Scalars['String']['input']>;
  rfiItemIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  rfiItemIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** sha256 field predicates */
  sha256?: InputMaybe<Scalars['String']['input']>;
  sha256Contains?: InputMaybe<Scalars['String']['input']>;
  sha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  sha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  sha256GT?: InputMaybe<Scalars['String']['input']>;
  sha256GTE?: InputMaybe<Scalars['String']['input']>;
  sha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  sha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  sha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  sha256LT?: InputMaybe<Scalars['String']['input']>;
  sha256LTE?: InputMaybe<Scalars['String']['input']>;
  sha256NEQ?: InputMaybe<Scalars['String']['input']>;
  sha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** status field predicates */
  status?: InputMaybe<DocumentStatus>;
  statusIn?: InputMaybe<Array<DocumentStatus>>;
  statusNEQ?: InputMaybe<DocumentStatus>;
  statusNotIn?: InputMaybe<Array<DocumentStatus>>;
  /** storage_path field predicates */
  storagePath?: InputMaybe<Scalars['String']['input']>;
  storagePathContains?: InputMaybe<Scalars['String']['input']>;
  storagePathContainsFold?: InputMaybe<Scalars['String']['input']>;
  storagePathEqualFold?: InputMaybe<Scalars['String']['input']>;
  storagePathGT?: InputMaybe<Scalars['String']['input']>;
  storagePathGTE?: InputMaybe<Scalars['String']['input']>;
  storagePathHasPrefix?: InputMaybe<Scalars['String']['input']>;
  storagePathHasSuffix?: InputMaybe<Scalars['String']['input']>;
  storagePathIn?: InputMaybe<Array<Scalars['String']['input']>>;
  storagePathLT?: InputMaybe<Scalars['String']['input']>;
  storagePathLTE?: InputMaybe<Scalars['String']['input']>;
  storagePathNEQ?: InputMaybe<Scalars['String']['input']>;
  storagePathNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type DomainFigures = {
  __typename?: 'DomainFigures';
  disputes: DisputeFigures;
  environment: Environment;
  /** By status (in the state table's order), then currency; currencies are never added together. */
  escrowVolume: Array<EscrowVolume>;
  fraud: FraudFigures;
  from: Scalars['Time']['output'];
  kyc: KycFigures;
  transactionChecks: TransactionCheckFigures;
};

/** Environment is enum for the field environment */
export type Environment =
  | 'LIVE'
  | 'TEST';

/** An escrow (POST /v1/escrow/initiate): a buyer's money held for a seller until the deal is done. Amounts are integer minor units of the currency. */
export type Escrow = {
  __typename?: 'Escrow';
  /** Integer minor units (1050 is 10.50 in a currency of two decimals). */
  amount: Scalars['Int']['output'];
  /** The partner's id of the paying party. */
  buyerId: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  /** ISO 4217 code, or a crypto asset code for a crypto key. */
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  disputedAt?: Maybe<Scalars['Time']['output']>;
  /** The disputes raised against this escrow, newest first. */
  disputes: Array<Dispute>;
  environment: Environment;
  fundedAt?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  /** The partner's own reference. */
  reference?: Maybe<Scalars['String']['output']>;
  refundedAt?: Maybe<Scalars['Time']['output']>;
  releasedAt?: Maybe<Scalars['Time']['output']>;
  /** The partner's id of the party paid on release. */
  sellerId: Scalars['String']['output'];
  status: EscrowStatus;
  updatedAt: Scalars['Time']['output'];
};

export type EscrowConnection = {
  __typename?: 'EscrowConnection';
  edges: Array<EscrowEdge>;
  pageInfo: PageInfo;
  /** Every escrow the list holds, not only this page's. */
  totalCount: Scalars['Int']['output'];
};

export type EscrowEdge = {
  __typename?: 'EscrowEdge';
  cursor: Scalars['Cursor']['output'];
  node: Escrow;
};

/** initiated → funded → released or refunded; funded → disputed while a dispute is open, then released (lost) or refunded (won). */
export type EscrowStatus =
  | 'DISPUTED'
  | 'FUNDED'
  | 'INITIATED'
  | 'REFUNDED'
  | 'RELEASED';

/** Escrows in one status and currency. */
export type EscrowVolume = {
  __typename?: 'EscrowVolume';
  /** Integer minor units of currency. */
  amount: Scalars['Int']['output'];
  count: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  /** initiated, funded, disputed, released or refunded. */
  status: Scalars['String']['output'];
};

export type Event = Node & {
  __typename?: 'Event';
  createdAt: Scalars['Time']['output'];
  environment: Environment;
  id: Scalars['ID']['output'];
  payload: Scalars['Map']['output'];
  type: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type EventConnection = {
  __typename?: 'EventConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<EventEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EventEdge = {
  __typename?: 'EventEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Event>;
};

/** Ordering options for Event connections */
export type EventOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Events. */
  field: EventOrderField;
};

/** Properties by which Event connections can be ordered. */
export type EventOrderField =
  | 'CREATED_AT';

export type EventType = {
  __typename?: 'EventType';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/**
 * EventWhereInput is used for filtering Event objects.
 * Input was generated by ent.
 */
export type EventWhereInput = {
  and?: InputMaybe<Array<EventWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<EventWhereInput>;
  or?: InputMaybe<Array<EventWhereInput>>;
  /** type field predicates */
  type?: InputMaybe<Scalars['String']['input']>;
  typeContains?: InputMaybe<Scalars['String']['input']>;
  typeContainsFold?: InputMaybe<Scalars['String']['input']>;
  typeEqualFold?: InputMaybe<Scalars['String']['input']>;
  typeGT?: InputMaybe<Scalars['String']['input']>;
  typeGTE?: InputMaybe<Scalars['String']['input']>;
  typeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  typeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  typeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  typeLT?: InputMaybe<Scalars['String']['input']>;
  typeLTE?: InputMaybe<Scalars['String']['input']>;
  typeNEQ?: InputMaybe<Scalars['String']['input']>;
  typeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** What recoverFailedDeliveries would re-queue for the same endpoint and time, before it runs. */
export type FailedDeliveriesPreview = {
  __typename?: 'FailedDeliveriesPreview';
  /** How many events would be sent again. */
  count: Scalars['Int']['output'];
  /** Their event types, sorted. */
  eventTypes: Array<Scalars['String']['output']>;
  /** When the newest of the failed attempts was made; null when count is 0. */
  newest?: Maybe<Scalars['Time']['output']>;
  /** When the oldest of the failed attempts was made; null when count is 0. */
  oldest?: Maybe<Scalars['Time']['output']>;
};

/** Fraud checks (frd_…) by decision, and what the tenant's feedback confirmed of them. */
export type FraudFigures = {
  __typename?: 'FraudFigures';
  approved: Scalars['Int']['output'];
  checks: Scalars['Int']['output'];
  confirmedFraud: Scalars['Int']['output'];
  confirmedLegitimate: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  /** Reviewed + declined. */
  flagged: Scalars['Int']['output'];
  flaggedConfirmedFraud: Scalars['Int']['output'];
  flaggedConfirmedLegitimate: Scalars['Int']['output'];
  /** Of the flagged checks with feedback, the share confirmed fraud; null before any. */
  precision?: Maybe<Scalars['Float']['output']>;
  reviewed: Scalars['Int']['output'];
};

export type Granularity =
  | 'DAY'
  | 'HOUR'
  | 'MINUTE';

/** Industry is enum for the field industry */
export type Industry =
  | 'ECOMMERCE'
  | 'FINTECH'
  | 'IGAMING'
  | 'OTHER'
  | 'PAYMENTS';

export type IndustryProfile = {
  __typename?: 'IndustryProfile';
  endpoints: Array<Scalars['String']['output']>;
  id: Industry;
  liveRateLimitPerMinute: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** The modules a new application of the industry starts with: those unlocking its preset scopes. */
  presetModules: Array<Module>;
  /** Scopes beyond the seed-002 core that the industry's keys get by default. */
  presetScopes: Array<Scalars['String']['output']>;
  pricingModel: Scalars['String']['output'];
};

export type IndustryTerms = {
  __typename?: 'IndustryTerms';
  industry: Industry;
  name: Scalars['String']['output'];
  permitted: Array<Scalars['String']['output']>;
  prohibited: Array<Scalars['String']['output']>;
};

export type Invitation = Node & {
  __typename?: 'Invitation';
  acceptedAt?: Maybe<Scalars['Time']['output']>;
  createdAt: Scalars['Time']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  invitedBy: User;
  revokedAt?: Maybe<Scalars['Time']['output']>;
  role: InvitationRole;
  state: InvitationState;
  updatedAt: Scalars['Time']['output'];
};

/** Ordering options for Invitation connections */
export type InvitationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Invitations. */
  field: InvitationOrderField;
};

/** Properties by which Invitation connections can be ordered. */
export type InvitationOrderField =
  | 'CREATED_AT';

/** What an invitation link shows before it is accepted. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  /** Whether the invited email has an account already (log in to accept) or not (sign up). */
  accountExists: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['Time']['output'];
  invitedBy: Scalars['String']['output'];
  organizationName: Scalars['String']['output'];
  role: MembershipRole;
};

/** InvitationRole is enum for the field role */
export type InvitationRole =
  | 'ADMIN'
  | 'DEVELOPER'
  | 'OWNER'
  | 'VIEWER';

export type InvitationState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/**
 * InvitationWhereInput is used for filtering Invitation objects.
 * Input was generated by ent.
 */
export type InvitationWhereInput = {
  /** accepted_at field predicates */
  acceptedAt?: InputMaybe<Scalars['Time']['input']>;
  acceptedAtGT?: InputMaybe<Scalars['Time']['input']>;
  acceptedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  acceptedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  acceptedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  acceptedAtLT?: InputMaybe<Scalars['Time']['input']>;
  acceptedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  acceptedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  acceptedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  acceptedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<InvitationWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** email field predicates */
  email?: InputMaybe<Scalars['String']['input']>;
  emailContains?: InputMaybe<Scalars['String']['input']>;
  emailContainsFold?: InputMaybe<Scalars['String']['input']>;
  emailEqualFold?: InputMaybe<Scalars['String']['input']>;
  emailGT?: InputMaybe<Scalars['String']['input']>;
  emailGTE?: InputMaybe<Scalars['String']['input']>;
  emailHasPrefix?: InputMaybe<Scalars['String']['input']>;
  emailHasSuffix?: InputMaybe<Scalars['String']['input']>;
  emailIn?: InputMaybe<Array<Scalars['String']['input']>>;
  emailLT?: InputMaybe<Scalars['String']['input']>;
  emailLTE?: InputMaybe<Scalars['String']['input']>;
  emailNEQ?: InputMaybe<Scalars['String']['input']>;
  emailNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** expires_at field predicates */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** invited_by edge predicates */
  hasInvitedBy?: InputMaybe<Scalars['Boolean']['input']>;
  hasInvitedByWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<InvitationWhereInput>;
  or?: InputMaybe<Array<InvitationWhereInput>>;
  /** revoked_at field predicates */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** role field predicates */
  role?: InputMaybe<InvitationRole>;
  roleIn?: InputMaybe<Array<InvitationRole>>;
  roleNEQ?: InputMaybe<InvitationRole>;
  roleNotIn?: InputMaybe<Array<InvitationRole>>;
};

export type KycDecision =
  | 'APPROVE'
  | 'REJECT';

/** KYC checks (kyc_…) by their current status. */
export type KycFigures = {
  __typename?: 'KycFigures';
  checks: Scalars['Int']['output'];
  /** Verified among verified + rejected; null before any is decided. */
  passRate?: Maybe<Scalars['Float']['output']>;
  pending: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  review: Scalars['Int']['output'];
  verified: Scalars['Int']['output'];
};

export type LogInInput = {
  email: Scalars['String']['input'];
  /** For an account with two-factor authentication: the authenticator's current 6-digit code, or a recovery code. Without it such a log-in fails with validation_error on mfaCode. */
  mfaCode?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
};

export type Membership = Node & {
  __typename?: 'Membership';
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  role: MembershipRole;
  tenant: Tenant;
  updatedAt: Scalars['Time']['output'];
  user: User;
};

/** A change to the viewer's own membership. */
export type MembershipChange = {
  __typename?: 'MembershipChange';
  membershipId: Scalars['ID']['output'];
  /** The new role; null once removed. */
  role?: Maybe<MembershipRole>;
  /** member.role_changed or member.removed. */
  type: Scalars['String']['output'];
};

/** Ordering options for Membership connections */
export type MembershipOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Memberships. */
  field: MembershipOrderField;
};

/** Properties by which Membership connections can be ordered. */
export type MembershipOrderField =
  | 'CREATED_AT';

/** MembershipRole is enum for the field role */
export type MembershipRole =
  | 'ADMIN'
  | 'DEVELOPER'
  | 'OWNER'
  | 'VIEWER';

/**
 * MembershipWhereInput is used for filtering Membership objects.
 * Input was generated by ent.
 */
export type MembershipWhereInput = {
  and?: InputMaybe<Array<MembershipWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** tenant edge predicates */
  hasTenant?: InputMaybe<Scalars['Boolean']['input']>;
  hasTenantWith?: InputMaybe<Array<TenantWhereInput>>;
  /** user edge predicates */
  hasUser?: InputMaybe<Scalars['Boolean']['input']>;
  hasUserWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<MembershipWhereInput>;
  or?: InputMaybe<Array<MembershipWhereInput>>;
  /** role field predicates */
  role?: InputMaybe<MembershipRole>;
  roleIn?: InputMaybe<Array<MembershipRole>>;
  roleNEQ?: InputMaybe<MembershipRole>;
  roleNotIn?: InputMaybe<Array<MembershipRole>>;
};

/** A billable unit of a module call, under the tenant's industry pricing model. */
export type MeteredUnitKind =
  /** A call (per-call pricing with volume bands). */
  | 'CALL'
  /** A fraud or transaction check of the iGaming bundle. */
  | 'FRAUD_CHECK'
  /** A KYC check or age check of the iGaming bundle. */
  | 'KYC_CHECK'
  /** Transaction volume in minor units of its currency (e-commerce's per-mille fee). */
  | 'TRANSACTION_VOLUME'
  /** A KYC or buyer/seller verification or age check (e-commerce). */
  | 'VERIFICATION';

export type MeteredUnitTotal = {
  __typename?: 'MeteredUnitTotal';
  /** Set for TRANSACTION_VOLUME. */
  currency?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
  unit: MeteredUnitKind;
};

/** A TOTP authenticator waiting to be confirmed: shown once. */
export type MfaEnrollment = {
  __typename?: 'MfaEnrollment';
  /** A PNG data URL of the QR code. */
  qrCode: Scalars['String']['output'];
  /** The base32 secret, for apps that cannot scan. */
  secret: Scalars['String']['output'];
  /** The otpauth:// URI the QR code holds. */
  uri: Scalars['String']['output'];
};

/** A product module an application can require; each unlocks scopes. */
export type Module =
  | 'DISPUTES'
  | 'ESCROW'
  | 'FRAUD_SIGNALS'
  | 'KYC'
  | 'PRIMITIVES'
  | 'TRANSACTION_MONITORING'
  | 'TRUST_BADGES'
  | 'TRUST_SCORING';

/** A module endpoint of REST /v1 and the scope it requires. */
export type ModuleEndpoint = {
  __typename?: 'ModuleEndpoint';
  method: Scalars['String']['output'];
  /** The route pattern, e.g. /v1/kyc/{id}. */
  path: Scalars['String']['output'];
  scope: Scalars['String']['output'];
  summary: Scalars['String']['output'];
};

/**
 * A product module: what it does, the scopes enabling it makes grantable (all of
 * them, whatever the industry) and the endpoints it serves.
 */
export type ModuleInfo = {
  __typename?: 'ModuleInfo';
  description: Scalars['String']['output'];
  endpoints: Array<ModuleEndpoint>;
  id: Module;
  name: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invitation sent to the viewer's email; the session moves into that organization. */
  acceptInvitation: AuthPayload;
  /** Accept the API terms of service for the viewer's organization and its industry (owner or admin). */
  acceptTerms: Tenant;
  /** Sandbox only: walk a TEST case to a state through every step in between, as POST /v1/test_helpers/verifications/{id}/advance does. */
  advanceSandboxCase: VerificationCase;
  /** Answer an open QUESTION item of a request for information. */
  answerRfiItem: RfiItem;
  /** Analysts: approve a case; its report waits to be signed. */
  approveVerification: VerificationCase;
  archiveApplication: Application;
  /** Attach a document reference to a case, optionally answering a DOCUMENT item. */
  attachDocument: Document;
  /** Start enrolling a TOTP authenticator app. */
  beginMfaEnrollment: MfaEnrollment;
  /** Move the organization to another industry, accepting the current terms for it in the same step (owner or admin). */
  changeIndustry: Tenant;
  /** Change a member's role (owners and admins; only owners make or change owners; the last owner stays). */
  changeMemberRole: Membership;
  /** Change the viewer's password; every other session is signed out. */
  changePassword: Scalars['Boolean']['output'];
  /** Apply the email change an emailed link confirms. */
  confirmEmailChange: User;
  /** Turn two-factor authentication on with the app's first code; returns ten recovery codes, shown once. */
  confirmMfaEnrollment: Array<Scalars['String']['output']>;
  createApiKey: ApiKeyWithSecret;
  createApplication: Application;
  /** Create another organization, owned by the viewer, and move the session into it. */
  createOrganization: AuthPayload;
  /** Issue a share token for a published report of the viewer's organization (owner, admin or developer). */
  createShareToken: ShareTokenWithSecret;
  /** Open a verification case in the sandbox from the portal. */
  createVerificationCase: VerificationCase;
  createWebhookEndpoint: WebhookEndpointWithSecret;
  /** Analysts: decline a case; no report is issued. */
  declineVerification: VerificationCase;
  deleteApiKey: Scalars['ID']['output'];
  /** Delete the endpoint: it leaves every list and receives nothing more; its delivery log stays readable, naming the endpoint with its deletedAt. */
  deleteWebhookEndpoint: Scalars['ID']['output'];
  /** Turn two-factor authentication off; needs a current code (or a recovery code). */
  disableMfa: Scalars['Boolean']['output'];
  /** Stop deliveries to the endpoint; its pending attempts and retries are cancelled. */
  disableWebhookEndpoint: WebhookEndpoint;
  enableWebhookEndpoint: WebhookEndpoint;
  /** Invite someone by email (owners and admins; only owners invite owners). The link works once, for 7 days. */
  inviteMember: Invitation;
  logIn: AuthPayload;
  /** Revoke the given refresh token's session, or every session of the viewer without one. */
  logOut: Scalars['Boolean']['output'];
  /** Marks every notification read; returns how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  markNotificationRead: Notification;
  /** Senior analysts: make a signed report's verify page live. */
  publishReport: Report;
  /** Re-queue every event whose delivery to the endpoint failed for good, or was cancelled by disabling it, since the given time and has not been delivered since; returns how many. */
  recoverFailedDeliveries: Scalars['Int']['output'];
  /** Exchange a refresh token for a new session. Each refresh token works once. Browsers use POST /auth/session/refresh instead. */
  refreshSession: AuthPayload;
  /** Replace the recovery codes (the old ones stop working); needs a current code. */
  regenerateRecoveryCodes: Array<Scalars['String']['output']>;
  /** Remove a member, or leave (your own membership); the last owner stays. */
  removeMember: Scalars['Boolean']['output'];
  /** Email a confirmation link to a new address; it replaces the old one when opened. */
  requestEmailChange: Scalars['Boolean']['output'];
  /** Analysts: ask the partner for documents or answers. */
  requestInformation: VerificationCase;
  /** Email a password-reset link (30 minutes, single use). The answer is true whether or not the email has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Ask for production (live) access; the application goes to PENDING_REVIEW. */
  requestProductionAccess: Application;
  /** Queue a new, manual attempt of the delivery's event to its endpoint. Once it succeeds, the event's scheduled retry to the endpoint is CANCELLED. */
  resendWebhookDelivery: WebhookDelivery;
  /** Set a new password with a reset link's token; every session of the account is signed out. */
  resetPassword: Scalars['Boolean']['output'];
  /** Ops staff: decide a dispute that is open or under review, with an optional note to the partner. */
  resolveDispute: Dispute;
  /** Send a pending (scheduled) attempt now instead of at its scheduled time. */
  retryWebhookDeliveryNow: WebhookDelivery;
  /**
   * Show the endpoint's signing secret again. The secret is stored encrypted; revealing it takes a fresh
   * check: the password you log in with, or a current code from your authenticator app (or a recovery
   * code) when two-factor authentication is on. Wrong answers are throttled like log-ins; every reveal is
   * in the audit log.
   */
  revealWebhookSecret: WebhookEndpointWithSecret;
  /** Platform staff (ops, senior analyst): approve or reject production access. */
  reviewApplication: Application;
  /** Platform staff (ops, senior analyst): approve or reject a submitted organization. */
  reviewKyc: Tenant;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Senior analysts: withdraw a signed or published report. */
  revokeReport: Report;
  /** Sign one of the viewer's sessions out (see sessions); its access tokens stop working on their next request. */
  revokeSession: Scalars['Boolean']['output'];
  /** Revoke a share token at once; revoking it again changes nothing. */
  revokeShareToken: ShareToken;
  /**
   * Issue a successor; the old key works for gracePeriodSeconds more (0: revoked now; at most 7 days).
   * notifyEmails (at most 10) are emailed now and once more when the grace period ends.
   */
  rotateApiKey: ApiKeyWithSecret;
  /** Issue a new signing secret; the old one keeps signing (first) for graceSeconds, at most 7 days. */
  rotateWebhookSecret: WebhookEndpointWithSecret;
  /** Send a signed webhook.test event to the endpoint; returns the event. */
  sendTestWebhook: Event;
  /** Ops staff: set or remove an enterprise per-minute budget for a key or a tenant; audited. */
  setRateLimitOverride: RateLimitOverride;
  /** Senior analysts: set or clear a published report's dispute flag. */
  setReportDisputed: Report;
  /** Require two-factor authentication of every member (owners only; the owner needs it on first). */
  setRequireMfa: Tenant;
  /** Sign out every session of the viewer, this one included; returns how many. */
  signOutEverywhere: Scalars['Int']['output'];
  /** Senior analysts: sign an approved case's report (not the person who approved it). */
  signReport: Report;
  signUp: AuthPayload;
  /** Analysts: pick a submitted case (or one whose RFI was answered) up for review. */
  startReview: VerificationCase;
  /** Submit the organization's company details for KYC/AML review (owner or admin). */
  submitKyc: Tenant;
  /** Move the session into another organization the viewer belongs to; the choice survives refreshes. */
  switchOrganization: AuthPayload;
  updateApiKey: ApiKey;
  updateApplication: Application;
  updateProfile: User;
  updateWebhookEndpoint: WebhookEndpoint;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAcceptTermsArgs = {
  version: Scalars['String']['input'];
};


export type MutationAdvanceSandboxCaseArgs = {
  caseId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type MutationAnswerRfiItemArgs = {
  itemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationApproveVerificationArgs = {
  caseId: Scalars['ID']['input'];
  input: ApproveVerificationInput;
};


export type MutationArchiveApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachDocumentArgs = {
  caseId: Scalars['ID']['input'];
  input: AttachDocumentInput;
};


export type MutationChangeIndustryArgs = {
  acceptTermsVersion: Scalars['String']['input'];
  industry: Industry;
};


export type MutationChangeMemberRoleArgs = {
  membershipId: Scalars['ID']['input'];
  role: MembershipRole;
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmEmailChangeArgs = {
  token: Scalars['String']['input'];
};


export type MutationConfirmMfaEnrollmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateApplicationArgs = {
  input: ApplicationInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationCreateShareTokenArgs = {
  input: CreateShareTokenInput;
};


export type MutationCreateVerificationCaseArgs = {
  input: CreateVerificationCaseInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeclineVerificationArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeleteApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableMfaArgs = {
  code: Scalars['String']['input'];
};


export type MutationDisableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteMemberArgs = {
  email: Scalars['String']['input'];
  role: MembershipRole;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  refreshToken?: InputMaybe<Scalars['String']['input']>;
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishReportArgs = {
  verificationId: Scalars['ID']['input'];
};


export type MutationRecoverFailedDeliveriesArgs = {
  endpointId: Scalars['ID']['input'];
  since: Scalars['Time']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRegenerateRecoveryCodesArgs = {
  code: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationRequestEmailChangeArgs = {
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationRequestInformationArgs = {
  caseId: Scalars['ID']['input'];
  items: Array<RfiItemInput>;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequestProductionAccessArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResendWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


export type MutationResolveDisputeArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: DisputeOutcome;
};


export type MutationRetryWebhookDeliveryNowArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevealWebhookSecretArgs = {
  id: Scalars['ID']['input'];
  mfaCode?: InputMaybe<Scalars['String']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviewApplicationArgs = {
  decision: ApplicationDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReviewKycArgs = {
  decision: KycDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
  tenantId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeReportArgs = {
  reason: Scalars['String']['input'];
  verificationId: Scalars['ID']['input'];
};


export type MutationRevokeSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeShareTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRotateApiKeyArgs = {
  gracePeriodSeconds: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  notifyEmails?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type MutationRotateWebhookSecretArgs = {
  graceSeconds: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSendTestWebhookArgs = {
  endpointId: Scalars['ID']['input'];
};


export type MutationSetRateLimitOverrideArgs = {
  input: RateLimitOverrideInput;
};


export type MutationSetReportDisputedArgs = {
  disputed: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
  verificationId: Scalars['ID']['input'];
};


export type MutationSetRequireMfaArgs = {
  require: Scalars['Boolean']['input'];
};


export type MutationSignReportArgs = {
  verificationId: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartReviewArgs = {
  caseId: Scalars['ID']['input'];
};


export type MutationSubmitKycArgs = {
  input: SubmitKycInput;
};


export type MutationSwitchOrganizationArgs = {
  tenantId: Scalars['ID']['input'];
};


export type MutationUpdateApiKeyArgs = {
  id: Scalars['ID']['input'];
  input: UpdateApiKeyInput;
};


export type MutationUpdateApplicationArgs = {
  id: Scalars['ID']['input'];
  input: ApplicationInput;
};


export type MutationUpdateProfileArgs = {
  name: Scalars['String']['input'];
};


export type MutationUpdateWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
};

/**
 * An object with an ID.
 * Follows the [Relay Global Object Identification Specification](https://relay.dev/graphql/objectidentification.htm)
 */
export type Node = {
  /** The id of the object. */
  id: Scalars['ID']['output'];
};

export type Notification = Node & {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** The portal path of what the notification is about (the endpoint, the key's usage, the terms), or the notifications list. */
  link: Scalars['String']['output'];
  readAt?: Maybe<Scalars['Time']['output']>;
  targetID?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<NotificationEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Notification>;
};

/** Ordering options for Notification connections */
export type NotificationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Notifications. */
  field: NotificationOrderField;
};

/** Properties by which Notification connections can be ordered. */
export type NotificationOrderField =
  | 'CREATED_AT';

/**
 * NotificationWhereInput is used for filtering Notification objects.
 * Input was generated by ent.
 */
export type NotificationWhereInput = {
  and?: InputMaybe<Array<NotificationWhereInput>>;
  /** body field predicates */
  body?: InputMaybe<Scalars['String']['input']>;
  bodyContains?: InputMaybe<Scalars['String']['input']>;
  bodyContainsFold?: InputMaybe<Scalars['String']['input']>;
  bodyEqualFold?: InputMaybe<Scalars['String']['input']>;
  bodyGT?: InputMaybe<Scalars['String']['input']>;
  bodyGTE?: InputMaybe<Scalars['String']['input']>;
  bodyHasPrefix?: InputMaybe<Scalars['String']['input']>;
  bodyHasSuffix?: InputMaybe<Scalars['String']['input']>;
  bodyIn?: InputMaybe<Array<Scalars['String']['input']>>;
  bodyLT?: InputMaybe<Scalars['String']['input']>;
  bodyLTE?: InputMaybe<Scalars['String']['input']>;
  bodyNEQ?: InputMaybe<Scalars['String']['input']>;
  bodyNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<Scalars['String']['input']>;
  kindContains?: InputMaybe<Scalars['String']['input']>;
  kindContainsFold?: InputMaybe<Scalars['String']['input']>;
  kindEqualFold?: InputMaybe<Scalars['String']['input']>;
  kindGT?: InputMaybe<Scalars['String']['input']>;
  kindGTE?: InputMaybe<Scalars['String']['input']>;
  kindHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kindHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kindIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kindLT?: InputMaybe<Scalars['String']['input']>;
  kindLTE?: InputMaybe<Scalars['String']['input']>;
  kindNEQ?: InputMaybe<Scalars['String']['input']>;
  kindNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<NotificationWhereInput>;
  or?: InputMaybe<Array<NotificationWhereInput>>;
  /** read_at field predicates */
  readAt?: InputMaybe<Scalars['Time']['input']>;
  readAtGT?: InputMaybe<Scalars['Time']['input']>;
  readAtGTE?: InputMaybe<Scalars['Time']['input']>;
  readAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  readAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  readAtLT?: InputMaybe<Scalars['Time']['input']>;
  readAtLTE?: InputMaybe<Scalars['Time']['input']>;
  readAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  readAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  readAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** target_id field predicates */
  targetID?: InputMaybe<Scalars['String']['input']>;
  targetIDContains?: InputMaybe<Scalars['String']['input']>;
  targetIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  targetIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  targetIDGT?: InputMaybe<Scalars['String']['input']>;
  targetIDGTE?: InputMaybe<Scalars['String']['input']>;
  targetIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  targetIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  targetIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  targetIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  targetIDLT?: InputMaybe<Scalars['String']['input']>;
  targetIDLTE?: InputMaybe<Scalars['String']['input']>;
  targetIDNEQ?: InputMaybe<Scalars['String']['input']>;
  targetIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  targetIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

/**
 * Information about pagination in a connection.
 * https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['Cursor']['output']>;
};

export type PricingTier = {
  __typename?: 'PricingTier';
  id: Scalars['String']['output'];
  /** Expected monthly calls the tier is suggested up to; 0 for unbounded. */
  maxMonthlyVolume: Scalars['Int']['output'];
  /** Live calls included per month; 0 when set by contract. */
  monthlyQuota: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  priceModel: Scalars['String']['output'];
  rateLimitPerMinute: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  apiKey?: Maybe<ApiKey>;
  apiKeys: ApiKeyConnection;
  application?: Maybe<Application>;
  applications: ApplicationConnection;
  auditLogs: AuditLogConnection;
  /** Metered units and the estimated charge for period (YYYY-MM, default this month) in environment (default TEST). */
  billing: Billing;
  /** Every country, by name, for the KYC form. */
  countries: Array<Country>;
  /** One of your organization's disputes in the environment (TEST unless given); another organization's or environment's id is not found. */
  dispute: Dispute;
  /** Your organization's disputes in one environment (TEST unless given), newest first, optionally of one status (at most 100 a page). KeyBS staff read every organization's queue through staffDisputes. */
  disputes: DisputeConnection;
  /** Seed 000 §3's figures for what was created since from (default: this month's start, UTC) in environment (default TEST). */
  domainFigures: DomainFigures;
  /** One of your organization's escrows in the environment (TEST unless given); another organization's or environment's id is not found. */
  escrow: Escrow;
  /** Your organization's escrows in one environment (TEST unless given), newest first, optionally of one status (at most 100 a page). */
  escrows: EscrowConnection;
  /** One event of the viewer's organization. */
  event?: Maybe<Event>;
  eventTypes: Array<EventType>;
  events: EventConnection;
  /** What recoverFailedDeliveries(endpointId, since) would resend: nothing is queued. */
  failedDeliveriesPreview: FailedDeliveriesPreview;
  industries: Array<IndustryProfile>;
  /** The pending invitation a link's token names (no log-in needed). */
  invitation: InvitationPreview;
  /** The organization's invitations that are neither accepted nor revoked (owners and admins). */
  invitations: Array<Invitation>;
  /** The members of the viewer's organization, oldest first. */
  members: Array<Membership>;
  modules: Array<ModuleInfo>;
  /** Fetches an object given its ID. */
  node?: Maybe<Node>;
  /** Lookup nodes by a list of IDs. */
  nodes: Array<Maybe<Node>>;
  notifications: NotificationConnection;
  pricingTiers: Array<PricingTier>;
  /** The viewer's organization's plan and live calls this billing period. */
  quota: QuotaStatus;
  requestLogs: RequestLogConnection;
  scopes: Array<ScopeInfo>;
  /** The viewer's signed-in sessions, most recently seen first. */
  sessions: Array<Session>;
  shareTokens: ShareTokenConnection;
  /** Staff: applications of every organization, oldest first, e.g. those waiting for production access. */
  staffApplications: ApplicationConnection;
  /** Platform staff: every organization's disputes, newest first, optionally of one status (at most 200). */
  staffDisputes: Array<Dispute>;
  /** Staff: organizations, oldest first, e.g. those whose KYC waits for review. */
  staffTenants: TenantConnection;
  /** Staff: verification cases of every organization, oldest first. */
  staffVerificationCases: VerificationCaseConnection;
  /** The current API terms of service. */
  termsOfService: TermsOfService;
  unreadNotificationCount: Scalars['Int']['output'];
  usage: UsageReport;
  /** A verification case by its id or its verification id (KBS-VR-…): the viewer's organization's, or for staff any. */
  verificationCase?: Maybe<VerificationCase>;
  verificationCases: VerificationCaseConnection;
  verificationStats: VerificationStats;
  /** The logged-in user, or null without a valid access token. */
  viewer?: Maybe<User>;
  webhookDeliveries: WebhookDeliveryConnection;
  webhookEndpoints: WebhookEndpointConnection;
  /** The webhook log as messages (events, newest first), each with its attempts nested; at most 100 per page. */
  webhookMessages: WebhookMessageConnection;
};


export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApiKeyOrder>;
  where?: InputMaybe<ApiKeyWhereInput>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ApplicationOrder>;
  where?: InputMaybe<ApplicationWhereInput>;
};


export type QueryAuditLogsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<AuditLogOrder>;
  where?: InputMaybe<AuditLogWhereInput>;
};


export type QueryBillingArgs = {
  environment?: InputMaybe<Environment>;
  period?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDisputeArgs = {
  environment?: InputMaybe<Environment>;
  id: Scalars['ID']['input'];
};


export type QueryDisputesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  environment?: InputMaybe<Environment>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisputeStatus>;
};


export type QueryDomainFiguresArgs = {
  environment?: InputMaybe<Environment>;
  from?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryEscrowArgs = {
  environment?: InputMaybe<Environment>;
  id: Scalars['ID']['input'];
};


export type QueryEscrowsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  environment?: InputMaybe<Environment>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<EscrowStatus>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EventOrder>;
  where?: InputMaybe<EventWhereInput>;
};


export type QueryFailedDeliveriesPreviewArgs = {
  endpointId: Scalars['ID']['input'];
  since: Scalars['Time']['input'];
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<NotificationOrder>;
  where?: InputMaybe<NotificationWhereInput>;
};


export type QueryRequestLogsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<RequestLogOrder>;
  where?: InputMaybe<RequestLogWhereInput>;
};


export type QueryShareTokensArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ShareTokenOrder>;
  where?: InputMaybe<ShareTokenWhereInput>;
};


export type QueryStaffApplicationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<StaffApplicationWhere>;
};


export type QueryStaffDisputesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisputeStatus>;
};


export type QueryStaffTenantsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<StaffTenantWhere>;
};


export type QueryStaffVerificationCasesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  where?: InputMaybe<StaffVerificationCaseWhere>;
};


export type QueryUsageArgs = {
  filter?: InputMaybe<UsageFilter>;
};


export type QueryVerificationCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerificationCasesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<VerificationCaseOrder>;
  where?: InputMaybe<VerificationCaseWhereInput>;
};


export type QueryVerificationStatsArgs = {
  environment?: InputMaybe<Environment>;
  from?: InputMaybe<Scalars['Time']['input']>;
  to?: InputMaybe<Scalars['Time']['input']>;
};


export type QueryWebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookDeliveryOrder>;
  where?: InputMaybe<WebhookDeliveryWhereInput>;
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookEndpointOrder>;
  where?: InputMaybe<WebhookEndpointWhereInput>;
};


export type QueryWebhookMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookMessageFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type QuotaStatus = {
  __typename?: 'QuotaStatus';
  /** The billing period, YYYY-MM (UTC). */
  period: Scalars['String']['output'];
  plan: PricingTier;
  /** 0 when the plan's quota is set by contract. */
  quota: Scalars['Int']['output'];
  used: Scalars['Int']['output'];
};

export type RfiItem = Node & {
  __typename?: 'RFIItem';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['Time']['output']>;
  case: VerificationCase;
  createdAt: Scalars['Time']['output'];
  documentID?: Maybe<Scalars['String']['output']>;
  documentKind?: Maybe<RfiItemDocumentKind>;
  environment: Environment;
  id: Scalars['ID']['output'];
  kind: RfiItemKind;
  message: Scalars['String']['output'];
  status: RfiItemStatus;
  updatedAt: Scalars['Time']['output'];
};

/** RFIItemDocumentKind is enum for the field document_kind */
export type RfiItemDocumentKind =
  | 'BANK_STATEMENT'
  | 'CERTIFICATE_OF_INCORPORATION'
  | 'IDENTITY_DOCUMENT'
  | 'OTHER'
  | 'PROOF_OF_ADDRESS'
  | 'TAX_CERTIFICATE'
  | 'TRADE_LICENSE';

export type RfiItemInput = {
  /** For DOCUMENT items: the kind of document asked for. */
  documentKind?: InputMaybe<RfiItemDocumentKind>;
  kind: RfiItemKind;
  message: Scalars['String']['input'];
};

/** RFIItemKind is enum for the field kind */
export type RfiItemKind =
  | 'DOCUMENT'
  | 'QUESTION';

/** Ordering options for RFIItem connections */
export type RfiItemOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order RFIItems. */
  field: RfiItemOrderField;
};

/** Properties by which RFIItem connections can be ordered. */
export type RfiItemOrderField =
  | 'CREATED_AT';

/** RFIItemStatus is enum for the field status */
export type RfiItemStatus =
  | 'ANSWERED'
  | 'OPEN';

/**
 * RFIItemWhereInput is used for filtering RFIItem objects.
 * Input was generated by ent.
 */
export type RfiItemWhereInput = {
  and?: InputMaybe<Array<RfiItemWhereInput>>;
  /** answer field predicates */
  answer?: InputMaybe<Scalars['String']['input']>;
  answerContains?: InputMaybe<Scalars['String']['input']>;
  answerContainsFold?: InputMaybe<Scalars['String']['input']>;
  answerEqualFold?: InputMaybe<Scalars['String']['input']>;
  answerGT?: InputMaybe<Scalars['String']['input']>;
  answerGTE?: InputMaybe<Scalars['String']['input']>;
  answerHasPrefix?: InputMaybe<Scalars['String']['input']>;
  answerHasSuffix?: InputMaybe<Scalars['String']['input']>;
  answerIn?: InputMaybe<Array<Scalars['String']['input']>>;
  answerIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  answerLT?: InputMaybe<Scalars['String']['input']>;
  answerLTE?: InputMaybe<Scalars['String']['input']>;
  answerNEQ?: InputMaybe<Scalars['String']['input']>;
  answerNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  answerNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** answered_at field predicates */
  answeredAt?: InputMaybe<Scalars['Time']['input']>;
  answeredAtGT?: InputMaybe<Scalars['Time']['input']>;
  answeredAtGTE?: InputMaybe<Scalars['Time']['input']>;
  answeredAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  answeredAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  answeredAtLT?: InputMaybe<Scalars['Time']['input']>;
  answeredAtLTE?: InputMaybe<Scalars['Time']['input']>;
  answeredAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  answeredAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  answeredAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** document_id field predicates */
  documentID?: InputMaybe<Scalars['String']['input']>;
  documentIDContains?: InputMaybe<Scalars['String']['input']>;
  documentIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  documentIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  documentIDGT?: InputMaybe<Scalars['String']['input']>;
  documentIDGTE?: InputMaybe<Scalars['String']['input']>;
  documentIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  documentIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  documentIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  documentIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  documentIDLT?: InputMaybe<Scalars['String']['input']>;
  documentIDLTE?: InputMaybe<Scalars['String']['input']>;
  documentIDNEQ?: InputMaybe<Scalars['String']['input']>;
  documentIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  documentIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** document_kind field predicates */
  documentKind?: InputMaybe<RfiItemDocumentKind>;
  documentKindIn?: InputMaybe<Array<RfiItemDocumentKind>>;
  documentKindIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  documentKindNEQ?: InputMaybe<RfiItemDocumentKind>;
  documentKindNotIn?: InputMaybe<Array<RfiItemDocumentKind>>;
  documentKindNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** case edge predicates */
  hasCase?: InputMaybe<Scalars['Boolean']['input']>;
  hasCaseWith?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<RfiItemKind>;
  kindIn?: InputMaybe<Array<RfiItemKind>>;
  kindNEQ?: InputMaybe<RfiItemKind>;
  kindNotIn?: InputMaybe<Array<RfiItemKind>>;
  /** message field predicates */
  message?: InputMaybe<Scalars['String']['input']>;
  messageContains?: InputMaybe<Scalars['String']['input']>;
  messageContainsFold?: InputMaybe<Scalars['String']['input']>;
  messageEqualFold?: InputMaybe<Scalars['String']['input']>;
  messageGT?: InputMaybe<Scalars['String']['input']>;
  messageGTE?: InputMaybe<Scalars['String']['input']>;
  messageHasPrefix?: InputMaybe<Scalars['String']['input']>;
  messageHasSuffix?: InputMaybe<Scalars['String']['input']>;
  messageIn?: InputMaybe<Array<Scalars['String']['input']>>;
  messageLT?: InputMaybe<Scalars['String']['input']>;
  messageLTE?: InputMaybe<Scalars['String']['input']>;
  messageNEQ?: InputMaybe<Scalars['String']['input']>;
  messageNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<RfiItemWhereInput>;
  or?: InputMaybe<Array<RfiItemWhereInput>>;
  /** status field predicates */
  status?: InputMaybe<RfiItemStatus>;
  statusIn?: InputMaybe<Array<RfiItemStatus>>;
  statusNEQ?: InputMaybe<RfiItemStatus>;
  statusNotIn?: InputMaybe<Array<RfiItemStatus>>;
};

/** A key's budget is its own override, else its tenant's, else the default it was issued with. */
export type RateLimitOverride = {
  __typename?: 'RateLimitOverride';
  keyId?: Maybe<Scalars['ID']['output']>;
  perMinute?: Maybe<Scalars['Int']['output']>;
  tenantId?: Maybe<Scalars['ID']['output']>;
};

export type RateLimitOverrideInput = {
  /** The key whose budget to set; give this or tenantId. */
  keyId?: InputMaybe<Scalars['ID']['input']>;
  /** Requests per minute, 1 to 1,000,000; null removes the override. */
  perMinute?: InputMaybe<Scalars['Int']['input']>;
  /** The tenant whose keys' budget to set; give this or keyId. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

export type Report = Node & {
  __typename?: 'Report';
  canonical?: Maybe<Scalars['String']['output']>;
  case: VerificationCase;
  /** Conditions the approval was given with */
  controls?: Maybe<Array<Scalars['String']['output']>>;
  createdAt: Scalars['Time']['output'];
  /** Sandbox report: the verify page shows a demo watermark */
  demo: Scalars['Boolean']['output'];
  digest?: Maybe<Scalars['String']['output']>;
  disputeReason?: Maybe<Scalars['String']['output']>;
  disputed: Scalars['Boolean']['output'];
  environment: Environment;
  id: Scalars['ID']['output'];
  keyID?: Maybe<Scalars['String']['output']>;
  lifecycleStatus: ReportLifecycleStatus;
  pdfURL?: Maybe<Scalars['String']['output']>;
  publishedAt?: Maybe<Scalars['Time']['output']>;
  revokeReason?: Maybe<Scalars['String']['output']>;
  revokedAt?: Maybe<Scalars['Time']['output']>;
  riskBand?: Maybe<ReportRiskBand>;
  signature?: Maybe<Scalars['String']['output']>;
  signedAt?: Maybe<Scalars['Time']['output']>;
  trustScore?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['Time']['output'];
  validUntil?: Maybe<Scalars['Time']['output']>;
  verifyURL?: Maybe<Scalars['String']['output']>;
};

/** ReportLifecycleStatus is enum for the field lifecycle_status */
export type ReportLifecycleStatus =
  | 'APPROVED'
  | 'EXPIRED'
  | 'PUBLISHED'
  | 'REVOKED'
  | 'SIGNED';

/** Ordering options for Report connections */
export type ReportOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Reports. */
  field: ReportOrderField;
};

/** Properties by which Report connections can be ordered. */
export type ReportOrderField =
  | 'CREATED_AT';

/** ReportRiskBand is enum for the field risk_band */
export type ReportRiskBand =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/**
 * ReportWhereInput is used for filtering Report objects.
 * Input was generated by ent.
 */
export type ReportWhereInput = {
  and?: InputMaybe<Array<ReportWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** demo field predicates */
  demo?: InputMaybe<Scalars['Boolean']['input']>;
  demoNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** digest field predicates */
  digest?: InputMaybe<Scalars['String']['input']>;
  digestContains?: InputMaybe<Scalars['String']['input']>;
  digestContainsFold?: InputMaybe<Scalars['String']['input']>;
  digestEqualFold?: InputMaybe<Scalars['String']['input']>;
  digestGT?: InputMaybe<Scalars['String']['input']>;
  digestGTE?: InputMaybe<Scalars['String']['input']>;
  digestHasPrefix?: InputMaybe<Scalars['String']['input']>;
  digestHasSuffix?: InputMaybe<Scalars['String']['input']>;
  digestIn?: InputMaybe<Array<Scalars['String']['input']>>;
  digestIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  digestLT?: InputMaybe<Scalars['String']['input']>;
  digestLTE?: InputMaybe<Scalars['String']['input']>;
  digestNEQ?: InputMaybe<Scalars['String']['input']>;
  digestNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  digestNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** dispute_reason field predicates */
  disputeReason?: InputMaybe<Scalars['String']['input']>;
  disputeReasonContains?: InputMaybe<Scalars['String']['input']>;
  disputeReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  disputeReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  disputeReasonGT?: InputMaybe<Scalars['String']['input']>;
  disputeReasonGTE?: InputMaybe<Scalars['String']['input']>;
  disputeReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  disputeReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  disputeReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  disputeReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  disputeReasonLT?: InputMaybe<Scalars['String']['input']>;
  disputeReasonLTE?: InputMaybe<Scalars['String']['input']>;
  disputeReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  disputeReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  disputeReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** disputed field predicates */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  disputedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** case edge predicates */
  hasCase?: InputMaybe<Scalars['Boolean']['input']>;
  hasCaseWith?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** key_id field predicates */
  keyID?: InputMaybe<Scalars['String']['input']>;
  keyIDContains?: InputMaybe<Scalars['String']['input']>;
  keyIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  keyIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  keyIDGT?: InputMaybe<Scalars['String']['input']>;
  keyIDGTE?: InputMaybe<Scalars['String']['input']>;
  keyIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  keyIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  keyIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  keyIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  keyIDLT?: InputMaybe<Scalars['String']['input']>;
  keyIDLTE?: InputMaybe<Scalars['String']['input']>;
  keyIDNEQ?: InputMaybe<Scalars['String']['input']>;
  keyIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  keyIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** lifecycle_status field predicates */
  lifecycleStatus?: InputMaybe<ReportLifecycleStatus>;
  lifecycleStatusIn?: InputMaybe<Array<ReportLifecycleStatus>>;
  lifecycleStatusNEQ?: InputMaybe<ReportLifecycleStatus>;
  lifecycleStatusNotIn?: InputMaybe<Array<ReportLifecycleStatus>>;
  not?: InputMaybe<ReportWhereInput>;
  or?: InputMaybe<Array<ReportWhereInput>>;
  /** pdf_url field predicates */
  pdfURL?: InputMaybe<Scalars['String']['input']>;
  pdfURLContains?: InputMaybe<Scalars['String']['input']>;
  pdfURLContainsFold?: InputMaybe<Scalars['String']['input']>;
  pdfURLEqualFold?: InputMaybe<Scalars['String']['input']>;
  pdfURLGT?: InputMaybe<Scalars['String']['input']>;
  pdfURLGTE?: InputMaybe<Scalars['String']['input']>;
  pdfURLHasPrefix?: InputMaybe<Scalars['String']['input']>;
  pdfURLHasSuffix?: InputMaybe<Scalars['String']['input']>;
  pdfURLIn?: InputMaybe<Array<Scalars['String']['input']>>;
  pdfURLIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  pdfURLLT?: InputMaybe<Scalars['String']['input']>;
  pdfURLLTE?: InputMaybe<Scalars['String']['input']>;
  pdfURLNEQ?: InputMaybe<Scalars['String']['input']>;
  pdfURLNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  pdfURLNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** published_at field predicates */
  publishedAt?: InputMaybe<Scalars['Time']['input']>;
  publishedAtGT?: InputMaybe<Scalars['Time']['input']>;
  publishedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  publishedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  publishedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  publishedAtLT?: InputMaybe<Scalars['Time']['input']>;
  publishedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  publishedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  publishedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  publishedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** revoke_reason field predicates */
  revokeReason?: InputMaybe<Scalars['String']['input']>;
  revokeReasonContains?: InputMaybe<Scalars['String']['input']>;
  revokeReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  revokeReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  revokeReasonGT?: InputMaybe<Scalars['String']['input']>;
  revokeReasonGTE?: InputMaybe<Scalars['String']['input']>;
  revokeReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  revokeReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  revokeReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  revokeReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  revokeReasonLT?: InputMaybe<Scalars['String']['input']>;
  revokeReasonLTE?: InputMaybe<Scalars['String']['input']>;
  revokeReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  revokeReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  revokeReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** revoked_at field predicates */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** risk_band field predicates */
  riskBand?: InputMaybe<ReportRiskBand>;
  riskBandIn?: InputMaybe<Array<ReportRiskBand>>;
  riskBandIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  riskBandNEQ?: InputMaybe<ReportRiskBand>;
  riskBandNotIn?: InputMaybe<Array<ReportRiskBand>>;
  riskBandNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** signed_at field predicates */
  signedAt?: InputMaybe<Scalars['Time']['input']>;
  signedAtGT?: InputMaybe<Scalars['Time']['input']>;
  signedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  signedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  signedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  signedAtLT?: InputMaybe<Scalars['Time']['input']>;
  signedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  signedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  signedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  signedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** trust_score field predicates */
  trustScore?: InputMaybe<Scalars['Int']['input']>;
  trustScoreGT?: InputMaybe<Scalars['Int']['input']>;
  trustScoreGTE?: InputMaybe<Scalars['Int']['input']>;
  trustScoreIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  trustScoreIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  trustScoreLT?: InputMaybe<Scalars['Int']['input']>;
  trustScoreLTE?: InputMaybe<Scalars['Int']['input']>;
  trustScoreNEQ?: InputMaybe<Scalars['Int']['input']>;
  trustScoreNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  trustScoreNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** valid_until field predicates */
  validUntil?: InputMaybe<Scalars['Time']['input']>;
  validUntilGT?: InputMaybe<Scalars['Time']['input']>;
  validUntilGTE?: InputMaybe<Scalars['Time']['input']>;
  validUntilIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  validUntilIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  validUntilLT?: InputMaybe<Scalars['Time']['input']>;
  validUntilLTE?: InputMaybe<Scalars['Time']['input']>;
  validUntilNEQ?: InputMaybe<Scalars['Time']['input']>;
  validUntilNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  validUntilNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** verify_url field predicates */
  verifyURL?: InputMaybe<Scalars['String']['input']>;
  verifyURLContains?: InputMaybe<Scalars['String']['input']>;
  verifyURLContainsFold?: InputMaybe<Scalars['String']['input']>;
  verifyURLEqualFold?: InputMaybe<Scalars['String']['input']>;
  verifyURLGT?: InputMaybe<Scalars['String']['input']>;
  verifyURLGTE?: InputMaybe<Scalars['String']['input']>;
  verifyURLHasPrefix?: InputMaybe<Scalars['String']['input']>;
  verifyURLHasSuffix?: InputMaybe<Scalars['String']['input']>;
  verifyURLIn?: InputMaybe<Array<Scalars['String']['input']>>;
  verifyURLIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  verifyURLLT?: InputMaybe<Scalars['String']['input']>;
  verifyURLLTE?: InputMaybe<Scalars['String']['input']>;
  verifyURLNEQ?: InputMaybe<Scalars['String']['input']>;
  verifyURLNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  verifyURLNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RequestLog = Node & {
  __typename?: 'RequestLog';
  applicationID?: Maybe<Scalars['String']['output']>;
  clientIP?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['Time']['output'];
  environment: Environment;
  errorCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Empty for a portal session */
  keyID?: Maybe<Scalars['String']['output']>;
  latencyUs: Scalars['Int']['output'];
  method: Scalars['String']['output'];
  /** Redacted, size-capped request body */
  requestBody?: Maybe<Scalars['String']['output']>;
  requestBodyTruncated: Scalars['Boolean']['output'];
  requestID: Scalars['String']['output'];
  /** Redacted, size-capped response body */
  responseBody?: Maybe<Scalars['String']['output']>;
  responseBodyTruncated: Scalars['Boolean']['output'];
  /** The route pattern, e.g. GET /v1/verifications/{id} */
  route: Scalars['String']['output'];
  status: Scalars['Int']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A connection to a list of items. */
export type RequestLogConnection = {
  __typename?: 'RequestLogConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<RequestLogEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type RequestLogEdge = {
  __typename?: 'RequestLogEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<RequestLog>;
};

/** Ordering options for RequestLog connections */
export type RequestLogOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order RequestLogs. */
  field: RequestLogOrderField;
};

/** Properties by which RequestLog connections can be ordered. */
export type RequestLogOrderField =
  | 'CREATED_AT';

/**
 * RequestLogWhereInput is used for filtering RequestLog objects.
 * Input was generated by ent.
 */
export type RequestLogWhereInput = {
  and?: InputMaybe<Array<RequestLogWhereInput>>;
  /** application_id field predicates */
  applicationID?: InputMaybe<Scalars['String']['input']>;
  applicationIDContains?: InputMaybe<Scalars['String']['input']>;
  applicationIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  applicationIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  applicationIDGT?: InputMaybe<Scalars['String']['input']>;
  applicationIDGTE?: InputMaybe<Scalars['String']['input']>;
  applicationIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  applicationIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  applicationIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  applicationIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  applicationIDLT?: InputMaybe<Scalars['String']['input']>;
  applicationIDLTE?: InputMaybe<Scalars['String']['input']>;
  applicationIDNEQ?: InputMaybe<Scalars['String']['input']>;
  applicationIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  applicationIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** client_ip field predicates */
  clientIP?: InputMaybe<Scalars['String']['input']>;
  clientIPContains?: InputMaybe<Scalars['String']['input']>;
  clientIPContainsFold?: InputMaybe<Scalars['String']['input']>;
  clientIPEqualFold?: InputMaybe<Scalars['String']['input']>;
  clientIPGT?: InputMaybe<Scalars['String']['input']>;
  clientIPGTE?: InputMaybe<Scalars['String']['input']>;
  clientIPHasPrefix?: InputMaybe<Scalars['String']['input']>;
  clientIPHasSuffix?: InputMaybe<Scalars['String']['input']>;
  clientIPIn?: InputMaybe<Array<Scalars['String']['input']>>;
  clientIPIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  clientIPLT?: InputMaybe<Scalars['String']['input']>;
  clientIPLTE?: InputMaybe<Scalars['String']['input']>;
  clientIPNEQ?: InputMaybe<Scalars['String']['input']>;
  clientIPNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  clientIPNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** error_code field predicates */
  errorCode?: InputMaybe<Scalars['String']['input']>;
  errorCodeContains?: InputMaybe<Scalars['String']['input']>;
  errorCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  errorCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  errorCodeGT?: InputMaybe<Scalars['String']['input']>;
  errorCodeGTE?: InputMaybe<Scalars['String']['input']>;
  errorCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  errorCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  errorCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  errorCodeIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  errorCodeLT?: InputMaybe<Scalars['String']['input']>;
  errorCodeLTE?: InputMaybe<Scalars['String']['input']>;
  errorCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  errorCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  errorCodeNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** key_id field predicates */
  keyID?: InputMaybe<Scalars['String']['input']>;
  keyIDContains?: InputMaybe<Scalars['String']['input']>;
  keyIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  keyIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  keyIDGT?: InputMaybe<Scalars['String']['input']>;
  keyIDGTE?: InputMaybe<Scalars['String']['input']>;
  keyIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  keyIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  keyIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  keyIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  keyIDLT?: InputMaybe<Scalars['String']['input']>;
  keyIDLTE?: InputMaybe<Scalars['String']['input']>;
  keyIDNEQ?: InputMaybe<Scalars['String']['input']>;
  keyIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  keyIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** method field predicates */
  method?: InputMaybe<Scalars['String']['input']>;
  methodContains?: InputMaybe<Scalars['String']['input']>;
  methodContainsFold?: InputMaybe<Scalars['String']['input']>;
  methodEqualFold?: InputMaybe<Scalars['String']['input']>;
  methodGT?: InputMaybe<Scalars['String']['input']>;
  methodGTE?: InputMaybe<Scalars['String']['input']>;
  methodHasPrefix?: InputMaybe<Scalars['String']['input']>;
  methodHasSuffix?: InputMaybe<Scalars['String']['input']>;
  methodIn?: InputMaybe<Array<Scalars['String']['input']>>;
  methodLT?: InputMaybe<Scalars['String']['input']>;
  methodLTE?: InputMaybe<Scalars['String']['input']>;
  methodNEQ?: InputMaybe<Scalars['String']['input']>;
  methodNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<RequestLogWhereInput>;
  or?: InputMaybe<Array<RequestLogWhereInput>>;
  /** request_id field predicates */
  requestID?: InputMaybe<Scalars['String']['input']>;
  requestIDContains?: InputMaybe<Scalars['String']['input']>;
  requestIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  requestIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  requestIDGT?: InputMaybe<Scalars['String']['input']>;
  requestIDGTE?: InputMaybe<Scalars['String']['input']>;
  requestIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  requestIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  requestIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  requestIDLT?: InputMaybe<Scalars['String']['input']>;
  requestIDLTE?: InputMaybe<Scalars['String']['input']>;
  requestIDNEQ?: InputMaybe<Scalars['String']['input']>;
  requestIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** route field predicates */
  route?: InputMaybe<Scalars['String']['input']>;
  routeContains?: InputMaybe<Scalars['String']['input']>;
  routeContainsFold?: InputMaybe<Scalars['String']['input']>;
  routeEqualFold?: InputMaybe<Scalars['String']['input']>;
  routeGT?: InputMaybe<Scalars['String']['input']>;
  routeGTE?: InputMaybe<Scalars['String']['input']>;
  routeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  routeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  routeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  routeLT?: InputMaybe<Scalars['String']['input']>;
  routeLTE?: InputMaybe<Scalars['String']['input']>;
  routeNEQ?: InputMaybe<Scalars['String']['input']>;
  routeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** status field predicates */
  status?: InputMaybe<Scalars['Int']['input']>;
  statusGT?: InputMaybe<Scalars['Int']['input']>;
  statusGTE?: InputMaybe<Scalars['Int']['input']>;
  statusIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  statusLT?: InputMaybe<Scalars['Int']['input']>;
  statusLTE?: InputMaybe<Scalars['Int']['input']>;
  statusNEQ?: InputMaybe<Scalars['Int']['input']>;
  statusNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type ScopeInfo = {
  __typename?: 'ScopeInfo';
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Whether a publishable (browser) key may hold it. */
  sdkSafe: Scalars['Boolean']['output'];
};

/** A signed-in session (a browser or client that logged in), for the Security page. */
export type Session = {
  __typename?: 'Session';
  /** This is the session making the request. */
  current: Scalars['Boolean']['output'];
  /** The browser and system, e.g. Chrome on macOS. */
  device: Scalars['String']['output'];
  expiresAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  /** The client IP of the latest sign-in or refresh. */
  ip: Scalars['String']['output'];
  /** The latest sign-in or refresh; an open portal refreshes every quarter of an hour. */
  lastSeenAt: Scalars['Time']['output'];
  signedInAt: Scalars['Time']['output'];
  userAgent: Scalars['String']['output'];
};

export type ShareAttempt = Node & {
  __typename?: 'ShareAttempt';
  createdAt: Scalars['Time']['output'];
  /** The host of the Origin header, else of the Referer; empty when the caller sent neither */
  domain?: Maybe<Scalars['String']['output']>;
  environment: Environment;
  id: Scalars['ID']['output'];
  ip?: Maybe<Scalars['String']['output']>;
  /** REVEALED: the fields were returned; otherwise why the token was refused */
  outcome: ShareAttemptOutcome;
  shareToken: ShareToken;
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A connection to a list of items. */
export type ShareAttemptConnection = {
  __typename?: 'ShareAttemptConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ShareAttemptEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ShareAttemptEdge = {
  __typename?: 'ShareAttemptEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ShareAttempt>;
};

/** Ordering options for ShareAttempt connections */
export type ShareAttemptOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ShareAttempts. */
  field: ShareAttemptOrderField;
};

/** Properties by which ShareAttempt connections can be ordered. */
export type ShareAttemptOrderField =
  | 'CREATED_AT';

/** ShareAttemptOutcome is enum for the field outcome */
export type ShareAttemptOutcome =
  | 'EXHAUSTED'
  | 'EXPIRED'
  | 'REVEALED'
  | 'REVOKED';

/**
 * ShareAttemptWhereInput is used for filtering ShareAttempt objects.
 * Input was generated by ent.
 */
export type ShareAttemptWhereInput = {
  and?: InputMaybe<Array<ShareAttemptWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** domain field predicates */
  domain?: InputMaybe<Scalars['String']['input']>;
  domainContains?: InputMaybe<Scalars['String']['input']>;
  domainContainsFold?: InputMaybe<Scalars['String']['input']>;
  domainEqualFold?: InputMaybe<Scalars['String']['input']>;
  domainGT?: InputMaybe<Scalars['String']['input']>;
  domainGTE?: InputMaybe<Scalars['String']['input']>;
  domainHasPrefix?: InputMaybe<Scalars['String']['input']>;
  domainHasSuffix?: InputMaybe<Scalars['String']['input']>;
  domainIn?: InputMaybe<Array<Scalars['String']['input']>>;
  domainIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  domainLT?: InputMaybe<Scalars['String']['input']>;
  domainLTE?: InputMaybe<Scalars['String']['input']>;
  domainNEQ?: InputMaybe<Scalars['String']['input']>;
  domainNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  domainNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** share_token edge predicates */
  hasShareToken?: InputMaybe<Scalars['Boolean']['input']>;
  hasShareTokenWith?: InputMaybe<Array<ShareTokenWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ip field predicates */
  ip?: InputMaybe<Scalars['String']['input']>;
  ipContains?: InputMaybe<Scalars['String']['input']>;
  ipContainsFold?: InputMaybe<Scalars['String']['input']>;
  ipEqualFold?: InputMaybe<Scalars['String']['input']>;
  ipGT?: InputMaybe<Scalars['String']['input']>;
  ipGTE?: InputMaybe<Scalars['String']['input']>;
  ipHasPrefix?: InputMaybe<Scalars['String']['input']>;
  ipHasSuffix?: InputMaybe<Scalars['String']['input']>;
  ipIn?: InputMaybe<Array<Scalars['String']['input']>>;
  ipIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  ipLT?: InputMaybe<Scalars['String']['input']>;
  ipLTE?: InputMaybe<Scalars['String']['input']>;
  ipNEQ?: InputMaybe<Scalars['String']['input']>;
  ipNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  ipNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<ShareAttemptWhereInput>;
  or?: InputMaybe<Array<ShareAttemptWhereInput>>;
  /** outcome field predicates */
  outcome?: InputMaybe<ShareAttemptOutcome>;
  outcomeIn?: InputMaybe<Array<ShareAttemptOutcome>>;
  outcomeNEQ?: InputMaybe<ShareAttemptOutcome>;
  outcomeNotIn?: InputMaybe<Array<ShareAttemptOutcome>>;
  /** user_agent field predicates */
  userAgent?: InputMaybe<Scalars['String']['input']>;
  userAgentContains?: InputMaybe<Scalars['String']['input']>;
  userAgentContainsFold?: InputMaybe<Scalars['String']['input']>;
  userAgentEqualFold?: InputMaybe<Scalars['String']['input']>;
  userAgentGT?: InputMaybe<Scalars['String']['input']>;
  userAgentGTE?: InputMaybe<Scalars['String']['input']>;
  userAgentHasPrefix?: InputMaybe<Scalars['String']['input']>;
  userAgentHasSuffix?: InputMaybe<Scalars['String']['input']>;
  userAgentIn?: InputMaybe<Array<Scalars['String']['input']>>;
  userAgentIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  userAgentLT?: InputMaybe<Scalars['String']['input']>;
  userAgentLTE?: InputMaybe<Scalars['String']['input']>;
  userAgentNEQ?: InputMaybe<Scalars['String']['input']>;
  userAgentNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  userAgentNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ShareToken = Node & {
  __typename?: 'ShareToken';
  attempts: ShareAttemptConnection;
  case: VerificationCase;
  createdAt: Scalars['Time']['output'];
  /** The user or API key that created the token */
  createdBy?: Maybe<Scalars['String']['output']>;
  environment: Environment;
  expiresAt: Scalars['Time']['output'];
  /** The public fields of the report the token reveals */
  fields: Array<ShareTokenField>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['Time']['output']>;
  maxUses: Scalars['Int']['output'];
  /** The first characters of the token, for display */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['Time']['output']>;
  status: ShareTokenStatus;
  updatedAt: Scalars['Time']['output'];
  /** Presentations that revealed the fields; never more than max_uses */
  uses: Scalars['Int']['output'];
  /** maxUses - uses. */
  usesRemaining: Scalars['Int']['output'];
};


export type ShareTokenAttemptsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ShareAttemptOrder>;
  where?: InputMaybe<ShareAttemptWhereInput>;
};

/** A connection to a list of items. */
export type ShareTokenConnection = {
  __typename?: 'ShareTokenConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<ShareTokenEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type ShareTokenEdge = {
  __typename?: 'ShareTokenEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<ShareToken>;
};

/** A public field of a report, which a share token may reveal. Nothing else of a case ever is one. */
export type ShareTokenField =
  /** The country's English name. */
  | 'COUNTRY'
  /** ISO 3166-1 alpha-2. */
  | 'COUNTRY_CODE'
  | 'DIGEST'
  | 'KEY_ID'
  | 'PDF_URL'
  | 'RISK_BAND'
  | 'SIGNATURE'
  | 'SIGNED_AT'
  /** published, expiring, expired, revoked or disputed. */
  | 'STATE'
  | 'SUPPLIER_NAME'
  | 'TRUST_SCORE'
  | 'VALID_UNTIL'
  | 'VERIFICATION_ID'
  | 'VERIFY_URL';

/** Ordering options for ShareToken connections */
export type ShareTokenOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order ShareTokens. */
  field: ShareTokenOrderField;
};

/** Properties by which ShareToken connections can be ordered. */
export type ShareTokenOrderField =
  | 'CREATED_AT';

/** Where a share token stands, decided in this order. */
export type ShareTokenStatus =
  /** It reveals its fields to the next presentation. */
  | 'ACTIVE'
  /** Every use spent: presenting it answers 410 share_token_exhausted. */
  | 'EXHAUSTED'
  /** Past expiresAt: presenting it answers 410 share_token_expired. */
  | 'EXPIRED'
  /** Revoked by the organization: presenting it answers not_found. */
  | 'REVOKED';

/**
 * ShareTokenWhereInput is used for filtering ShareToken objects.
 * Input was generated by ent.
 */
export type ShareTokenWhereInput = {
  and?: InputMaybe<Array<ShareTokenWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** expires_at field predicates */
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  expiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  expiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  expiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** attempts edge predicates */
  hasAttempts?: InputMaybe<Scalars['Boolean']['input']>;
  hasAttemptsWith?: InputMaybe<Array<ShareAttemptWhereInput>>;
  /** case edge predicates */
  hasCase?: InputMaybe<Scalars['Boolean']['input']>;
  hasCaseWith?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** last_used_at field predicates */
  lastUsedAt?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtGT?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastUsedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  lastUsedAtLT?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  lastUsedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  lastUsedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** max_uses field predicates */
  maxUses?: InputMaybe<Scalars['Int']['input']>;
  maxUsesGT?: InputMaybe<Scalars['Int']['input']>;
  maxUsesGTE?: InputMaybe<Scalars['Int']['input']>;
  maxUsesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  maxUsesLT?: InputMaybe<Scalars['Int']['input']>;
  maxUsesLTE?: InputMaybe<Scalars['Int']['input']>;
  maxUsesNEQ?: InputMaybe<Scalars['Int']['input']>;
  maxUsesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  not?: InputMaybe<ShareTokenWhereInput>;
  or?: InputMaybe<Array<ShareTokenWhereInput>>;
  /** prefix field predicates */
  prefix?: InputMaybe<Scalars['String']['input']>;
  prefixContains?: InputMaybe<Scalars['String']['input']>;
  prefixContainsFold?: InputMaybe<Scalars['String']['input']>;
  prefixEqualFold?: InputMaybe<Scalars['String']['input']>;
  prefixGT?: InputMaybe<Scalars['String']['input']>;
  prefixGTE?: InputMaybe<Scalars['String']['input']>;
  prefixHasPrefix?: InputMaybe<Scalars['String']['input']>;
  prefixHasSuffix?: InputMaybe<Scalars['String']['input']>;
  prefixIn?: InputMaybe<Array<Scalars['String']['input']>>;
  prefixLT?: InputMaybe<Scalars['String']['input']>;
  prefixLTE?: InputMaybe<Scalars['String']['input']>;
  prefixNEQ?: InputMaybe<Scalars['String']['input']>;
  prefixNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** revoked_at field predicates */
  revokedAt?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  revokedAtLT?: InputMaybe<Scalars['Time']['input']>;
  revokedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  revokedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  revokedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** uses field predicates */
  uses?: InputMaybe<Scalars['Int']['input']>;
  usesGT?: InputMaybe<Scalars['Int']['input']>;
  usesGTE?: InputMaybe<Scalars['Int']['input']>;
  usesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  usesLT?: InputMaybe<Scalars['Int']['input']>;
  usesLTE?: InputMaybe<Scalars['Int']['input']>;
  usesNEQ?: InputMaybe<Scalars['Int']['input']>;
  usesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

export type ShareTokenWithSecret = {
  __typename?: 'ShareTokenWithSecret';
  shareToken: ShareToken;
  /** The kbs_share_ token, for POST /v1/kyc-share/verify. It is shown this once and cannot be retrieved again. */
  token: Scalars['String']['output'];
};

export type SignUpInput = {
  /** Accept the current API terms of service (see termsOfService) on sign-up. */
  acceptTerms: Scalars['Boolean']['input'];
  email: Scalars['String']['input'];
  /** The new organization's industry; not used with invitationToken. */
  industry?: InputMaybe<Industry>;
  /** Join the organization that sent this invitation (to this email) instead of creating one. */
  invitationToken?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** The new organization's name; not used with invitationToken. */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** At least 10 characters, and not easy to guess (common passwords, words, names, patterns and your own email or name are refused, with the reason). */
  password: Scalars['String']['input'];
};

export type StaffApplicationWhere = {
  productionStatus?: InputMaybe<ApplicationStatus>;
};

export type StaffTenantWhere = {
  kycStatus?: InputMaybe<TenantKycStatus>;
};

export type StaffVerificationCaseWhere = {
  environment?: InputMaybe<Environment>;
  status?: InputMaybe<VerificationCaseStatus>;
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

export type SubmitKycInput = {
  address: Scalars['String']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 code, e.g. GB (see countries). */
  country: Scalars['String']['input'];
  legalName: Scalars['String']['input'];
  registrationNumber: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** API keys of the viewer's organization as they are created, changed, rotated, revoked or deleted. */
  apiKeyChanged: ApiKeyChange;
  /** Events of the viewer's organization as they are committed, optionally of some types. */
  events: Event;
  /** The viewer's own membership of its organization changed (a new role) or ended. */
  myMembershipChanged: MembershipChange;
  notificationAdded: Notification;
  /** Increments of usage matching the filter, at most once a second while calls flow. */
  usageUpdated: UsageUpdate;
  /** Verification cases as they move: one case, or every case of the viewer's organization (staff: of every organization). */
  verificationChanged: VerificationCase;
  /** Each delivery attempt to the endpoint (or to any of the viewer's endpoints) as it is recorded. */
  webhookDeliveryLogged: WebhookDelivery;
  /** The viewer's organization's webhook endpoints (or one of them) as they change: settings, status (auto-disabled after a 410 or five failing days), health (failingSince) and deletion. */
  webhookEndpointChanged: WebhookEndpoint;
};


export type SubscriptionEventsArgs = {
  types?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type SubscriptionUsageUpdatedArgs = {
  filter?: InputMaybe<UsageFilter>;
};


export type SubscriptionVerificationChangedArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionWebhookDeliveryLoggedArgs = {
  endpointId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionWebhookEndpointChangedArgs = {
  endpointId?: InputMaybe<Scalars['ID']['input']>;
};

export type Tenant = Node & {
  __typename?: 'Tenant';
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  industry: Industry;
  kycAddress?: Maybe<Scalars['String']['output']>;
  kycContactEmail?: Maybe<Scalars['String']['output']>;
  kycContactName?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 */
  kycCountry?: Maybe<Scalars['String']['output']>;
  kycLegalName?: Maybe<Scalars['String']['output']>;
  kycRegistrationNumber?: Maybe<Scalars['String']['output']>;
  kycReviewReason?: Maybe<Scalars['String']['output']>;
  kycReviewedAt?: Maybe<Scalars['Time']['output']>;
  kycStatus: TenantKycStatus;
  kycSubmittedAt?: Maybe<Scalars['Time']['output']>;
  name: Scalars['String']['output'];
  /** An enterprise per-minute budget for every key of the tenant, set by ops */
  rateLimitOverride?: Maybe<Scalars['Int']['output']>;
  /** Every member must sign in with a second factor */
  requireMfa: Scalars['Boolean']['output'];
  slug: Scalars['String']['output'];
  termsAcceptedAt?: Maybe<Scalars['Time']['output']>;
  /** ID of the user who accepted the terms */
  termsAcceptedBy?: Maybe<Scalars['String']['output']>;
  /** The industry whose permitted use cases were accepted; empty for acceptances before terms named industries, which were for the tenant's industry */
  termsIndustry?: Maybe<Industry>;
  /** Whether the current terms version is accepted for the tenant's current industry; new live keys need it. */
  termsUpToDate: Scalars['Boolean']['output'];
  termsVersion?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['Time']['output'];
};

/** A connection to a list of items. */
export type TenantConnection = {
  __typename?: 'TenantConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<TenantEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type TenantEdge = {
  __typename?: 'TenantEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Tenant>;
};

/** TenantKycStatus is enum for the field kyc_status */
export type TenantKycStatus =
  | 'NOT_STARTED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'VERIFIED';

/** Ordering options for Tenant connections */
export type TenantOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Tenants. */
  field: TenantOrderField;
};

/** Properties by which Tenant connections can be ordered. */
export type TenantOrderField =
  | 'CREATED_AT';

/**
 * TenantWhereInput is used for filtering Tenant objects.
 * Input was generated by ent.
 */
export type TenantWhereInput = {
  and?: InputMaybe<Array<TenantWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** industry field predicates */
  industry?: InputMaybe<Industry>;
  industryIn?: InputMaybe<Array<Industry>>;
  industryNEQ?: InputMaybe<Industry>;
  industryNotIn?: InputMaybe<Array<Industry>>;
  /** kyc_address field predicates */
  kycAddress?: InputMaybe<Scalars['String']['input']>;
  kycAddressContains?: InputMaybe<Scalars['String']['input']>;
  kycAddressContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycAddressEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycAddressGT?: InputMaybe<Scalars['String']['input']>;
  kycAddressGTE?: InputMaybe<Scalars['String']['input']>;
  kycAddressHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycAddressHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycAddressIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycAddressIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycAddressLT?: InputMaybe<Scalars['String']['input']>;
  kycAddressLTE?: InputMaybe<Scalars['String']['input']>;
  kycAddressNEQ?: InputMaybe<Scalars['String']['input']>;
  kycAddressNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycAddressNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_contact_email field predicates */
  kycContactEmail?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailContains?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailGT?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailGTE?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycContactEmailIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycContactEmailLT?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailLTE?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailNEQ?: InputMaybe<Scalars['String']['input']>;
  kycContactEmailNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycContactEmailNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_contact_name field predicates */
  kycContactName?: InputMaybe<Scalars['String']['input']>;
  kycContactNameContains?: InputMaybe<Scalars['String']['input']>;
  kycContactNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycContactNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycContactNameGT?: InputMaybe<Scalars['String']['input']>;
  kycContactNameGTE?: InputMaybe<Scalars['String']['input']>;
  kycContactNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycContactNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycContactNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycContactNameIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycContactNameLT?: InputMaybe<Scalars['String']['input']>;
  kycContactNameLTE?: InputMaybe<Scalars['String']['input']>;
  kycContactNameNEQ?: InputMaybe<Scalars['String']['input']>;
  kycContactNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycContactNameNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_country field predicates */
  kycCountry?: InputMaybe<Scalars['String']['input']>;
  kycCountryContains?: InputMaybe<Scalars['String']['input']>;
  kycCountryContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycCountryEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycCountryGT?: InputMaybe<Scalars['String']['input']>;
  kycCountryGTE?: InputMaybe<Scalars['String']['input']>;
  kycCountryHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycCountryHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycCountryIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycCountryIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycCountryLT?: InputMaybe<Scalars['String']['input']>;
  kycCountryLTE?: InputMaybe<Scalars['String']['input']>;
  kycCountryNEQ?: InputMaybe<Scalars['String']['input']>;
  kycCountryNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycCountryNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_legal_name field predicates */
  kycLegalName?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameContains?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameGT?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameGTE?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycLegalNameIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycLegalNameLT?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameLTE?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameNEQ?: InputMaybe<Scalars['String']['input']>;
  kycLegalNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycLegalNameNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_registration_number field predicates */
  kycRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberContains?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberGT?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberGTE?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycRegistrationNumberIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycRegistrationNumberLT?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberLTE?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberNEQ?: InputMaybe<Scalars['String']['input']>;
  kycRegistrationNumberNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycRegistrationNumberNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_review_reason field predicates */
  kycReviewReason?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonContains?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonGT?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonGTE?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycReviewReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycReviewReasonLT?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonLTE?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  kycReviewReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  kycReviewReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_reviewed_at field predicates */
  kycReviewedAt?: InputMaybe<Scalars['Time']['input']>;
  kycReviewedAtGT?: InputMaybe<Scalars['Time']['input']>;
  kycReviewedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  kycReviewedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  kycReviewedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycReviewedAtLT?: InputMaybe<Scalars['Time']['input']>;
  kycReviewedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  kycReviewedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  kycReviewedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  kycReviewedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** kyc_status field predicates */
  kycStatus?: InputMaybe<TenantKycStatus>;
  kycStatusIn?: InputMaybe<Array<TenantKycStatus>>;
  kycStatusNEQ?: InputMaybe<TenantKycStatus>;
  kycStatusNotIn?: InputMaybe<Array<TenantKycStatus>>;
  /** kyc_submitted_at field predicates */
  kycSubmittedAt?: InputMaybe<Scalars['Time']['input']>;
  kycSubmittedAtGT?: InputMaybe<Scalars['Time']['input']>;
  kycSubmittedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  kycSubmittedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  kycSubmittedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  kycSubmittedAtLT?: InputMaybe<Scalars['Time']['input']>;
  kycSubmittedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  kycSubmittedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  kycSubmittedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  kycSubmittedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<TenantWhereInput>;
  or?: InputMaybe<Array<TenantWhereInput>>;
  /** rate_limit_override field predicates */
  rateLimitOverride?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideGT?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideGTE?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  rateLimitOverrideIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  rateLimitOverrideLT?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideLTE?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideNEQ?: InputMaybe<Scalars['Int']['input']>;
  rateLimitOverrideNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  rateLimitOverrideNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** slug field predicates */
  slug?: InputMaybe<Scalars['String']['input']>;
  slugContains?: InputMaybe<Scalars['String']['input']>;
  slugContainsFold?: InputMaybe<Scalars['String']['input']>;
  slugEqualFold?: InputMaybe<Scalars['String']['input']>;
  slugGT?: InputMaybe<Scalars['String']['input']>;
  slugGTE?: InputMaybe<Scalars['String']['input']>;
  slugHasPrefix?: InputMaybe<Scalars['String']['input']>;
  slugHasSuffix?: InputMaybe<Scalars['String']['input']>;
  slugIn?: InputMaybe<Array<Scalars['String']['input']>>;
  slugLT?: InputMaybe<Scalars['String']['input']>;
  slugLTE?: InputMaybe<Scalars['String']['input']>;
  slugNEQ?: InputMaybe<Scalars['String']['input']>;
  slugNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** terms_accepted_at field predicates */
  termsAcceptedAt?: InputMaybe<Scalars['Time']['input']>;
  termsAcceptedAtGT?: InputMaybe<Scalars['Time']['input']>;
  termsAcceptedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  termsAcceptedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  termsAcceptedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  termsAcceptedAtLT?: InputMaybe<Scalars['Time']['input']>;
  termsAcceptedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  termsAcceptedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  termsAcceptedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  termsAcceptedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** terms_accepted_by field predicates */
  termsAcceptedBy?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByContains?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByContainsFold?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByEqualFold?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByGT?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByGTE?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByHasPrefix?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByHasSuffix?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByIn?: InputMaybe<Array<Scalars['String']['input']>>;
  termsAcceptedByIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  termsAcceptedByLT?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByLTE?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByNEQ?: InputMaybe<Scalars['String']['input']>;
  termsAcceptedByNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  termsAcceptedByNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** terms_version field predicates */
  termsVersion?: InputMaybe<Scalars['String']['input']>;
  termsVersionContains?: InputMaybe<Scalars['String']['input']>;
  termsVersionContainsFold?: InputMaybe<Scalars['String']['input']>;
  termsVersionEqualFold?: InputMaybe<Scalars['String']['input']>;
  termsVersionGT?: InputMaybe<Scalars['String']['input']>;
  termsVersionGTE?: InputMaybe<Scalars['String']['input']>;
  termsVersionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  termsVersionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  termsVersionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  termsVersionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  termsVersionLT?: InputMaybe<Scalars['String']['input']>;
  termsVersionLTE?: InputMaybe<Scalars['String']['input']>;
  termsVersionNEQ?: InputMaybe<Scalars['String']['input']>;
  termsVersionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  termsVersionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
};

export type TermsOfService = {
  __typename?: 'TermsOfService';
  /** Each industry's section: what it is permitted and prohibited to use the API for. */
  industries: Array<IndustryTerms>;
  publishedAt: Scalars['Time']['output'];
  /** The gist, in plain language. */
  summary: Scalars['String']['output'];
  url: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

/** Transaction checks (txc_…) by decision. */
export type TransactionCheckFigures = {
  __typename?: 'TransactionCheckFigures';
  approved: Scalars['Int']['output'];
  checks: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  reviewed: Scalars['Int']['output'];
};

export type UpdateApiKeyInput = {
  allowedOrigins?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Make the key never expire. */
  clearExpiry?: InputMaybe<Scalars['Boolean']['input']>;
  /** Switch the amounts the key's calls take between ISO 4217 codes (FIAT) and crypto asset codes (CRYPTO). */
  currencyType?: InputMaybe<ApiKeyCurrencyType>;
  expiresAt?: InputMaybe<Scalars['Time']['input']>;
  ipAllowlist?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type UpdateWebhookEndpointInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Checked as on create. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type UsageBreakdown = {
  __typename?: 'UsageBreakdown';
  errorRate: Scalars['Float']['output'];
  errors: Scalars['Int']['output'];
  requests: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type UsageFilter = {
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  environment?: InputMaybe<Environment>;
  /** Default: 24 hours before to. */
  from?: InputMaybe<Scalars['Time']['input']>;
  /** Default: MINUTE. At most 1500 points per query. */
  granularity?: InputMaybe<Granularity>;
  keyId?: InputMaybe<Scalars['ID']['input']>;
  /** A route pattern, e.g. "GET /v1/verifications/{id}". */
  route?: InputMaybe<Scalars['String']['input']>;
  /** Default: now. */
  to?: InputMaybe<Scalars['Time']['input']>;
};

export type UsagePoint = {
  __typename?: 'UsagePoint';
  errorRate: Scalars['Float']['output'];
  errors: Scalars['Int']['output'];
  /** Latency percentiles in milliseconds, from the rollups' histograms. */
  p50: Scalars['Float']['output'];
  p95: Scalars['Float']['output'];
  p99: Scalars['Float']['output'];
  requests: Scalars['Int']['output'];
  time: Scalars['Time']['output'];
};

export type UsageReport = {
  __typename?: 'UsageReport';
  byKey: Array<UsageBreakdown>;
  byRoute: Array<UsageBreakdown>;
  byStatus: Array<UsageBreakdown>;
  from: Scalars['Time']['output'];
  granularity: Granularity;
  series: Array<UsagePoint>;
  to: Scalars['Time']['output'];
  totals: UsagePoint;
};

export type UsageUpdate = {
  __typename?: 'UsageUpdate';
  at: Scalars['Time']['output'];
  errors: Scalars['Int']['output'];
  /** Calls recorded since the previous update. */
  requests: Scalars['Int']['output'];
  /** Totals since the subscription started. */
  totals: UsagePoint;
};

export type User = Node & {
  __typename?: 'User';
  createdAt: Scalars['Time']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['Time']['output']>;
  memberships?: Maybe<Array<Membership>>;
  mfaEnabledAt?: Maybe<Scalars['Time']['output']>;
  /** The viewer's organization requires two-factor authentication the viewer has not set up; until then the session acts outside it. */
  mfaSetupRequired: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Unused recovery codes; 0 for anyone but the viewer. */
  recoveryCodesLeft: Scalars['Int']['output'];
  staffRole?: Maybe<UserStaffRole>;
  updatedAt: Scalars['Time']['output'];
};

/** Ordering options for User connections */
export type UserOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Users. */
  field: UserOrderField;
};

/** Properties by which User connections can be ordered. */
export type UserOrderField =
  | 'CREATED_AT';

/** UserStaffRole is enum for the field staff_role */
export type UserStaffRole =
  | 'ANALYST'
  | 'OPS'
  | 'SENIOR_ANALYST';

/**
 * UserWhereInput is used for filtering User objects.
 * Input was generated by ent.
 */
export type UserWhereInput = {
  and?: InputMaybe<Array<UserWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** email field predicates */
  email?: InputMaybe<Scalars['String']['input']>;
  emailContains?: InputMaybe<Scalars['String']['input']>;
  emailContainsFold?: InputMaybe<Scalars['String']['input']>;
  emailEqualFold?: InputMaybe<Scalars['String']['input']>;
  emailGT?: InputMaybe<Scalars['String']['input']>;
  emailGTE?: InputMaybe<Scalars['String']['input']>;
  emailHasPrefix?: InputMaybe<Scalars['String']['input']>;
  emailHasSuffix?: InputMaybe<Scalars['String']['input']>;
  emailIn?: InputMaybe<Array<Scalars['String']['input']>>;
  emailLT?: InputMaybe<Scalars['String']['input']>;
  emailLTE?: InputMaybe<Scalars['String']['input']>;
  emailNEQ?: InputMaybe<Scalars['String']['input']>;
  emailNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** memberships edge predicates */
  hasMemberships?: InputMaybe<Scalars['Boolean']['input']>;
  hasMembershipsWith?: InputMaybe<Array<MembershipWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<UserWhereInput>;
  or?: InputMaybe<Array<UserWhereInput>>;
};

export type VerificationCase = Node & {
  __typename?: 'VerificationCase';
  clientReference?: Maybe<Scalars['String']['output']>;
  contactEmail: Scalars['String']['output'];
  countryCode: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  /** SDK: submitted by an end user on the hosted page of an SDK access token */
  createdVia: VerificationCaseCreatedVia;
  /** When the case was approved or declined */
  decidedAt?: Maybe<Scalars['Time']['output']>;
  declineReason?: Maybe<Scalars['String']['output']>;
  documents?: Maybe<Array<Document>>;
  environment: Environment;
  id: Scalars['ID']['output'];
  /** The organization the case belongs to. */
  organization: Tenant;
  package: VerificationCasePackage;
  report?: Maybe<Report>;
  /** What analysts asked the partner for, oldest first. */
  rfiItems: Array<RfiItem>;
  riskBand?: Maybe<VerificationCaseRiskBand>;
  /** Where the case stands, case and report together, as REST and webhooks spell it: submitted, in_review, rfi_requested, rfi_resolved, approved, declined, signed, published, expiring, disputed, revoked or expired. */
  state: Scalars['String']['output'];
  status: VerificationCaseStatus;
  supplierName: Scalars['String']['output'];
  tier: VerificationCaseTier;
  /** Every step of the case, oldest first: who took it, when and why. */
  timeline: Array<CaseEvent>;
  trustScore?: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['Time']['output'];
  /** The public id, KBS-VR- and 10 unguessable base32 characters */
  verificationID: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type VerificationCaseConnection = {
  __typename?: 'VerificationCaseConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<VerificationCaseEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** VerificationCaseCreatedVia is enum for the field created_via */
export type VerificationCaseCreatedVia =
  | 'API'
  | 'PORTAL'
  | 'SDK';

/** An edge in a connection. */
export type VerificationCaseEdge = {
  __typename?: 'VerificationCaseEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<VerificationCase>;
};

/** Ordering options for VerificationCase connections */
export type VerificationCaseOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order VerificationCases. */
  field: VerificationCaseOrderField;
};

/** Properties by which VerificationCase connections can be ordered. */
export type VerificationCaseOrderField =
  | 'CREATED_AT';

/** VerificationCasePackage is enum for the field package */
export type VerificationCasePackage =
  | 'BASIC'
  | 'ENHANCED'
  | 'STANDARD';

/** VerificationCaseRiskBand is enum for the field risk_band */
export type VerificationCaseRiskBand =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** VerificationCaseStatus is enum for the field status */
export type VerificationCaseStatus =
  | 'APPROVED'
  | 'DECLINED'
  | 'IN_REVIEW'
  | 'RFI_REQUESTED'
  | 'RFI_RESOLVED'
  | 'SUBMITTED';

/** VerificationCaseTier is enum for the field tier */
export type VerificationCaseTier =
  | 'TIER1'
  | 'TIER2'
  | 'TIER3';

/**
 * VerificationCaseWhereInput is used for filtering VerificationCase objects.
 * Input was generated by ent.
 */
export type VerificationCaseWhereInput = {
  and?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** client_reference field predicates */
  clientReference?: InputMaybe<Scalars['String']['input']>;
  clientReferenceContains?: InputMaybe<Scalars['String']['input']>;
  clientReferenceContainsFold?: InputMaybe<Scalars['String']['input']>;
  clientReferenceEqualFold?: InputMaybe<Scalars['String']['input']>;
  clientReferenceGT?: InputMaybe<Scalars['String']['input']>;
  clientReferenceGTE?: InputMaybe<Scalars['String']['input']>;
  clientReferenceHasPrefix?: InputMaybe<Scalars['String']['input']>;
  clientReferenceHasSuffix?: InputMaybe<Scalars['String']['input']>;
  clientReferenceIn?: InputMaybe<Array<Scalars['String']['input']>>;
  clientReferenceIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  clientReferenceLT?: InputMaybe<Scalars['String']['input']>;
  clientReferenceLTE?: InputMaybe<Scalars['String']['input']>;
  clientReferenceNEQ?: InputMaybe<Scalars['String']['input']>;
  clientReferenceNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  clientReferenceNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** contact_email field predicates */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactEmailContains?: InputMaybe<Scalars['String']['input']>;
  contactEmailContainsFold?: InputMaybe<Scalars['String']['input']>;
  contactEmailEqualFold?: InputMaybe<Scalars['String']['input']>;
  contactEmailGT?: InputMaybe<Scalars['String']['input']>;
  contactEmailGTE?: InputMaybe<Scalars['String']['input']>;
  contactEmailHasPrefix?: InputMaybe<Scalars['String']['input']>;
  contactEmailHasSuffix?: InputMaybe<Scalars['String']['input']>;
  contactEmailIn?: InputMaybe<Array<Scalars['String']['input']>>;
  contactEmailLT?: InputMaybe<Scalars['String']['input']>;
  contactEmailLTE?: InputMaybe<Scalars['String']['input']>;
  contactEmailNEQ?: InputMaybe<Scalars['String']['input']>;
  contactEmailNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** country_code field predicates */
  countryCode?: InputMaybe<Scalars['String']['input']>;
  countryCodeContains?: InputMaybe<Scalars['String']['input']>;
  countryCodeContainsFold?: InputMaybe<Scalars['String']['input']>;
  countryCodeEqualFold?: InputMaybe<Scalars['String']['input']>;
  countryCodeGT?: InputMaybe<Scalars['String']['input']>;
  countryCodeGTE?: InputMaybe<Scalars['String']['input']>;
  countryCodeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  countryCodeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  countryCodeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  countryCodeLT?: InputMaybe<Scalars['String']['input']>;
  countryCodeLTE?: InputMaybe<Scalars['String']['input']>;
  countryCodeNEQ?: InputMaybe<Scalars['String']['input']>;
  countryCodeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** created_via field predicates */
  createdVia?: InputMaybe<VerificationCaseCreatedVia>;
  createdViaIn?: InputMaybe<Array<VerificationCaseCreatedVia>>;
  createdViaNEQ?: InputMaybe<VerificationCaseCreatedVia>;
  createdViaNotIn?: InputMaybe<Array<VerificationCaseCreatedVia>>;
  /** decided_at field predicates */
  decidedAt?: InputMaybe<Scalars['Time']['input']>;
  decidedAtGT?: InputMaybe<Scalars['Time']['input']>;
  decidedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  decidedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  decidedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  decidedAtLT?: InputMaybe<Scalars['Time']['input']>;
  decidedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  decidedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  decidedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  decidedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** decline_reason field predicates */
  declineReason?: InputMaybe<Scalars['String']['input']>;
  declineReasonContains?: InputMaybe<Scalars['String']['input']>;
  declineReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  declineReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  declineReasonGT?: InputMaybe<Scalars['String']['input']>;
  declineReasonGTE?: InputMaybe<Scalars['String']['input']>;
  declineReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  declineReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  declineReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  declineReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  declineReasonLT?: InputMaybe<Scalars['String']['input']>;
  declineReasonLTE?: InputMaybe<Scalars['String']['input']>;
  declineReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  declineReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  declineReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** documents edge predicates */
  hasDocuments?: InputMaybe<Scalars['Boolean']['input']>;
  hasDocumentsWith?: InputMaybe<Array<DocumentWhereInput>>;
  /** report edge predicates */
  hasReport?: InputMaybe<Scalars['Boolean']['input']>;
  hasReportWith?: InputMaybe<Array<ReportWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<VerificationCaseWhereInput>;
  or?: InputMaybe<Array<VerificationCaseWhereInput>>;
  /** package field predicates */
  package?: InputMaybe<VerificationCasePackage>;
  packageIn?: InputMaybe<Array<VerificationCasePackage>>;
  packageNEQ?: InputMaybe<VerificationCasePackage>;
  packageNotIn?: InputMaybe<Array<VerificationCasePackage>>;
  /** risk_band field predicates */
  riskBand?: InputMaybe<VerificationCaseRiskBand>;
  riskBandIn?: InputMaybe<Array<VerificationCaseRiskBand>>;
  riskBandIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  riskBandNEQ?: InputMaybe<VerificationCaseRiskBand>;
  riskBandNotIn?: InputMaybe<Array<VerificationCaseRiskBand>>;
  riskBandNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** status field predicates */
  status?: InputMaybe<VerificationCaseStatus>;
  statusIn?: InputMaybe<Array<VerificationCaseStatus>>;
  statusNEQ?: InputMaybe<VerificationCaseStatus>;
  statusNotIn?: InputMaybe<Array<VerificationCaseStatus>>;
  /** supplier_name field predicates */
  supplierName?: InputMaybe<Scalars['String']['input']>;
  supplierNameContains?: InputMaybe<Scalars['String']['input']>;
  supplierNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  supplierNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  supplierNameGT?: InputMaybe<Scalars['String']['input']>;
  supplierNameGTE?: InputMaybe<Scalars['String']['input']>;
  supplierNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  supplierNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  supplierNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  supplierNameLT?: InputMaybe<Scalars['String']['input']>;
  supplierNameLTE?: InputMaybe<Scalars['String']['input']>;
  supplierNameNEQ?: InputMaybe<Scalars['String']['input']>;
  supplierNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** tier field predicates */
  tier?: InputMaybe<VerificationCaseTier>;
  tierIn?: InputMaybe<Array<VerificationCaseTier>>;
  tierNEQ?: InputMaybe<VerificationCaseTier>;
  tierNotIn?: InputMaybe<Array<VerificationCaseTier>>;
  /** trust_score field predicates */
  trustScore?: InputMaybe<Scalars['Int']['input']>;
  trustScoreGT?: InputMaybe<Scalars['Int']['input']>;
  trustScoreGTE?: InputMaybe<Scalars['Int']['input']>;
  trustScoreIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  trustScoreIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  trustScoreLT?: InputMaybe<Scalars['Int']['input']>;
  trustScoreLTE?: InputMaybe<Scalars['Int']['input']>;
  trustScoreNEQ?: InputMaybe<Scalars['Int']['input']>;
  trustScoreNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  trustScoreNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** verification_id field predicates */
  verificationID?: InputMaybe<Scalars['String']['input']>;
  verificationIDContains?: InputMaybe<Scalars['String']['input']>;
  verificationIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  verificationIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  verificationIDGT?: InputMaybe<Scalars['String']['input']>;
  verificationIDGTE?: InputMaybe<Scalars['String']['input']>;
  verificationIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  verificationIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  verificationIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  verificationIDLT?: InputMaybe<Scalars['String']['input']>;
  verificationIDLTE?: InputMaybe<Scalars['String']['input']>;
  verificationIDNEQ?: InputMaybe<Scalars['String']['input']>;
  verificationIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type VerificationStats = {
  __typename?: 'VerificationStats';
  /** Approved among decided cases; null before any decision. */
  approvalRate?: Maybe<Scalars['Float']['output']>;
  averageTimeToDecisionHours?: Maybe<Scalars['Float']['output']>;
  byStatus: Array<VerificationStatusCount>;
};

export type VerificationStatusCount = {
  __typename?: 'VerificationStatusCount';
  count: Scalars['Int']['output'];
  status: Scalars['String']['output'];
};

export type WebhookDelivery = Node & {
  __typename?: 'WebhookDelivery';
  attempt: Scalars['Int']['output'];
  attemptedAt?: Maybe<Scalars['Time']['output']>;
  createdAt: Scalars['Time']['output'];
  durationMs?: Maybe<Scalars['Int']['output']>;
  endpoint: WebhookEndpoint;
  environment: Environment;
  errorMessage?: Maybe<Scalars['String']['output']>;
  eventID: Scalars['String']['output'];
  eventType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  nextRetryAt?: Maybe<Scalars['Time']['output']>;
  requestBody?: Maybe<Scalars['String']['output']>;
  requestHeaders?: Maybe<Scalars['Map']['output']>;
  responseExcerpt?: Maybe<Scalars['String']['output']>;
  responseStatus?: Maybe<Scalars['Int']['output']>;
  scheduledAt: Scalars['Time']['output'];
  status: WebhookDeliveryStatus;
  trigger: WebhookDeliveryTrigger;
};

/** A connection to a list of items. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WebhookDeliveryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<WebhookDelivery>;
};

/** Ordering options for WebhookDelivery connections */
export type WebhookDeliveryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order WebhookDeliveries. */
  field: WebhookDeliveryOrderField;
};

/** Properties by which WebhookDelivery connections can be ordered. */
export type WebhookDeliveryOrderField =
  | 'CREATED_AT'
  | 'SCHEDULED_AT';

/** WebhookDeliveryStatus is enum for the field status */
export type WebhookDeliveryStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** WebhookDeliveryTrigger is enum for the field trigger */
export type WebhookDeliveryTrigger =
  | 'MANUAL'
  | 'SCHEDULED'
  | 'TEST';

/**
 * WebhookDeliveryWhereInput is used for filtering WebhookDelivery objects.
 * Input was generated by ent.
 */
export type WebhookDeliveryWhereInput = {
  and?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** attempt field predicates */
  attempt?: InputMaybe<Scalars['Int']['input']>;
  attemptGT?: InputMaybe<Scalars['Int']['input']>;
  attemptGTE?: InputMaybe<Scalars['Int']['input']>;
  attemptIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  attemptLT?: InputMaybe<Scalars['Int']['input']>;
  attemptLTE?: InputMaybe<Scalars['Int']['input']>;
  attemptNEQ?: InputMaybe<Scalars['Int']['input']>;
  attemptNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** attempted_at field predicates */
  attemptedAt?: InputMaybe<Scalars['Time']['input']>;
  attemptedAtGT?: InputMaybe<Scalars['Time']['input']>;
  attemptedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  attemptedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  attemptedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  attemptedAtLT?: InputMaybe<Scalars['Time']['input']>;
  attemptedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  attemptedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  attemptedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  attemptedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** duration_ms field predicates */
  durationMs?: InputMaybe<Scalars['Int']['input']>;
  durationMsGT?: InputMaybe<Scalars['Int']['input']>;
  durationMsGTE?: InputMaybe<Scalars['Int']['input']>;
  durationMsIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  durationMsIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  durationMsLT?: InputMaybe<Scalars['Int']['input']>;
  durationMsLTE?: InputMaybe<Scalars['Int']['input']>;
  durationMsNEQ?: InputMaybe<Scalars['Int']['input']>;
  durationMsNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  durationMsNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** event_id field predicates */
  eventID?: InputMaybe<Scalars['String']['input']>;
  eventIDContains?: InputMaybe<Scalars['String']['input']>;
  eventIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  eventIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  eventIDGT?: InputMaybe<Scalars['String']['input']>;
  eventIDGTE?: InputMaybe<Scalars['String']['input']>;
  eventIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  eventIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  eventIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  eventIDLT?: InputMaybe<Scalars['String']['input']>;
  eventIDLTE?: InputMaybe<Scalars['String']['input']>;
  eventIDNEQ?: InputMaybe<Scalars['String']['input']>;
  eventIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** event_type field predicates */
  eventType?: InputMaybe<Scalars['String']['input']>;
  eventTypeContains?: InputMaybe<Scalars['String']['input']>;
  eventTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  eventTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  eventTypeGT?: InputMaybe<Scalars['String']['input']>;
  eventTypeGTE?: InputMaybe<Scalars['String']['input']>;
  eventTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  eventTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  eventTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  eventTypeLT?: InputMaybe<Scalars['String']['input']>;
  eventTypeLTE?: InputMaybe<Scalars['String']['input']>;
  eventTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  eventTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** endpoint edge predicates */
  hasEndpoint?: InputMaybe<Scalars['Boolean']['input']>;
  hasEndpointWith?: InputMaybe<Array<WebhookEndpointWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** next_retry_at field predicates */
  nextRetryAt?: InputMaybe<Scalars['Time']['input']>;
  nextRetryAtGT?: InputMaybe<Scalars['Time']['input']>;
  nextRetryAtGTE?: InputMaybe<Scalars['Time']['input']>;
  nextRetryAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  nextRetryAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  nextRetryAtLT?: InputMaybe<Scalars['Time']['input']>;
  nextRetryAtLTE?: InputMaybe<Scalars['Time']['input']>;
  nextRetryAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  nextRetryAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  nextRetryAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<WebhookDeliveryWhereInput>;
  or?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** response_status field predicates */
  responseStatus?: InputMaybe<Scalars['Int']['input']>;
  responseStatusGT?: InputMaybe<Scalars['Int']['input']>;
  responseStatusGTE?: InputMaybe<Scalars['Int']['input']>;
  responseStatusIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  responseStatusIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  responseStatusLT?: InputMaybe<Scalars['Int']['input']>;
  responseStatusLTE?: InputMaybe<Scalars['Int']['input']>;
  responseStatusNEQ?: InputMaybe<Scalars['Int']['input']>;
  responseStatusNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  responseStatusNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** scheduled_at field predicates */
  scheduledAt?: InputMaybe<Scalars['Time']['input']>;
  scheduledAtGT?: InputMaybe<Scalars['Time']['input']>;
  scheduledAtGTE?: InputMaybe<Scalars['Time']['input']>;
  scheduledAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  scheduledAtLT?: InputMaybe<Scalars['Time']['input']>;
  scheduledAtLTE?: InputMaybe<Scalars['Time']['input']>;
  scheduledAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  scheduledAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** status field predicates */
  status?: InputMaybe<WebhookDeliveryStatus>;
  statusIn?: InputMaybe<Array<WebhookDeliveryStatus>>;
  statusNEQ?: InputMaybe<WebhookDeliveryStatus>;
  statusNotIn?: InputMaybe<Array<WebhookDeliveryStatus>>;
  /** trigger field predicates */
  trigger?: InputMaybe<WebhookDeliveryTrigger>;
  triggerIn?: InputMaybe<Array<WebhookDeliveryTrigger>>;
  triggerNEQ?: InputMaybe<WebhookDeliveryTrigger>;
  triggerNotIn?: InputMaybe<Array<WebhookDeliveryTrigger>>;
};

export type WebhookEndpoint = Node & {
  __typename?: 'WebhookEndpoint';
  createdAt: Scalars['Time']['output'];
  /** Set when a user deletes the endpoint: it leaves every list and receives nothing more, but its delivery log stays readable and names it */
  deletedAt?: Maybe<Scalars['Time']['output']>;
  deliveries: WebhookDeliveryConnection;
  description?: Maybe<Scalars['String']['output']>;
  disabledReason?: Maybe<Scalars['String']['output']>;
  environment: Environment;
  /** Empty: every event type */
  eventTypes?: Maybe<Array<Scalars['String']['output']>>;
  /** Start of the current run of failed deliveries; cleared by a success */
  failingSince?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  /** During a secret rotation, deliveries are signed with both secrets until then */
  previousSecretExpiresAt?: Maybe<Scalars['Time']['output']>;
  status: WebhookEndpointStatus;
  updatedAt: Scalars['Time']['output'];
  url: Scalars['String']['output'];
};


export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WebhookDeliveryOrder>;
  where?: InputMaybe<WebhookDeliveryWhereInput>;
};

/** A connection to a list of items. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WebhookEndpointEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<WebhookEndpoint>;
};

/** Ordering options for WebhookEndpoint connections */
export type WebhookEndpointOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order WebhookEndpoints. */
  field: WebhookEndpointOrderField;
};

/** Properties by which WebhookEndpoint connections can be ordered. */
export type WebhookEndpointOrderField =
  | 'CREATED_AT';

/** WebhookEndpointStatus is enum for the field status */
export type WebhookEndpointStatus =
  | 'DISABLED'
  | 'ENABLED';

/**
 * WebhookEndpointWhereInput is used for filtering WebhookEndpoint objects.
 * Input was generated by ent.
 */
export type WebhookEndpointWhereInput = {
  and?: InputMaybe<Array<WebhookEndpointWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** deleted_at field predicates */
  deletedAt?: InputMaybe<Scalars['Time']['input']>;
  deletedAtGT?: InputMaybe<Scalars['Time']['input']>;
  deletedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  deletedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  deletedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  deletedAtLT?: InputMaybe<Scalars['Time']['input']>;
  deletedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  deletedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  deletedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  deletedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** disabled_reason field predicates */
  disabledReason?: InputMaybe<Scalars['String']['input']>;
  disabledReasonContains?: InputMaybe<Scalars['String']['input']>;
  disabledReasonContainsFold?: InputMaybe<Scalars['String']['input']>;
  disabledReasonEqualFold?: InputMaybe<Scalars['String']['input']>;
  disabledReasonGT?: InputMaybe<Scalars['String']['input']>;
  disabledReasonGTE?: InputMaybe<Scalars['String']['input']>;
  disabledReasonHasPrefix?: InputMaybe<Scalars['String']['input']>;
  disabledReasonHasSuffix?: InputMaybe<Scalars['String']['input']>;
  disabledReasonIn?: InputMaybe<Array<Scalars['String']['input']>>;
  disabledReasonIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  disabledReasonLT?: InputMaybe<Scalars['String']['input']>;
  disabledReasonLTE?: InputMaybe<Scalars['String']['input']>;
  disabledReasonNEQ?: InputMaybe<Scalars['String']['input']>;
  disabledReasonNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  disabledReasonNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** environment field predicates */
  environment?: InputMaybe<Environment>;
  environmentIn?: InputMaybe<Array<Environment>>;
  environmentNEQ?: InputMaybe<Environment>;
  environmentNotIn?: InputMaybe<Array<Environment>>;
  /** failing_since field predicates */
  failingSince?: InputMaybe<Scalars['Time']['input']>;
  failingSinceGT?: InputMaybe<Scalars['Time']['input']>;
  failingSinceGTE?: InputMaybe<Scalars['Time']['input']>;
  failingSinceIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  failingSinceIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  failingSinceLT?: InputMaybe<Scalars['Time']['input']>;
  failingSinceLTE?: InputMaybe<Scalars['Time']['input']>;
  failingSinceNEQ?: InputMaybe<Scalars['Time']['input']>;
  failingSinceNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  failingSinceNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** deliveries edge predicates */
  hasDeliveries?: InputMaybe<Scalars['Boolean']['input']>;
  hasDeliveriesWith?: InputMaybe<Array<WebhookDeliveryWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idContainsFold?: InputMaybe<Scalars['ID']['input']>;
  idEqualFold?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<WebhookEndpointWhereInput>;
  or?: InputMaybe<Array<WebhookEndpointWhereInput>>;
  /** previous_secret_expires_at field predicates */
  previousSecretExpiresAt?: InputMaybe<Scalars['Time']['input']>;
  previousSecretExpiresAtGT?: InputMaybe<Scalars['Time']['input']>;
  previousSecretExpiresAtGTE?: InputMaybe<Scalars['Time']['input']>;
  previousSecretExpiresAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  previousSecretExpiresAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  previousSecretExpiresAtLT?: InputMaybe<Scalars['Time']['input']>;
  previousSecretExpiresAtLTE?: InputMaybe<Scalars['Time']['input']>;
  previousSecretExpiresAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  previousSecretExpiresAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  previousSecretExpiresAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** status field predicates */
  status?: InputMaybe<WebhookEndpointStatus>;
  statusIn?: InputMaybe<Array<WebhookEndpointStatus>>;
  statusNEQ?: InputMaybe<WebhookEndpointStatus>;
  statusNotIn?: InputMaybe<Array<WebhookEndpointStatus>>;
  /** url field predicates */
  url?: InputMaybe<Scalars['String']['input']>;
  urlContains?: InputMaybe<Scalars['String']['input']>;
  urlContainsFold?: InputMaybe<Scalars['String']['input']>;
  urlEqualFold?: InputMaybe<Scalars['String']['input']>;
  urlGT?: InputMaybe<Scalars['String']['input']>;
  urlGTE?: InputMaybe<Scalars['String']['input']>;
  urlHasPrefix?: InputMaybe<Scalars['String']['input']>;
  urlHasSuffix?: InputMaybe<Scalars['String']['input']>;
  urlIn?: InputMaybe<Array<Scalars['String']['input']>>;
  urlLT?: InputMaybe<Scalars['String']['input']>;
  urlLTE?: InputMaybe<Scalars['String']['input']>;
  urlNEQ?: InputMaybe<Scalars['String']['input']>;
  urlNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type WebhookEndpointWithSecret = {
  __typename?: 'WebhookEndpointWithSecret';
  endpoint: WebhookEndpoint;
  /** The whsec_ signing secret. It is stored encrypted; revealWebhookSecret shows it again after a fresh password or MFA check. */
  secret: Scalars['String']['output'];
};

/** One event as the webhook log shows it, with every attempt to deliver it. */
export type WebhookMessage = {
  __typename?: 'WebhookMessage';
  /** The attempts, oldest first (to the filter's endpoint, when it names one). */
  attempts: Array<WebhookDelivery>;
  createdAt: Scalars['Time']['output'];
  event: Event;
  eventType: Scalars['String']['output'];
  /** The event's id. */
  id: Scalars['ID']['output'];
  /** SUCCEEDED once any attempt delivered it, else PENDING while an attempt is still to be made, else FAILED, else CANCELLED. */
  status: WebhookDeliveryStatus;
};

export type WebhookMessageConnection = {
  __typename?: 'WebhookMessageConnection';
  edges: Array<WebhookMessageEdge>;
  pageInfo: WebhookMessagePageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WebhookMessageEdge = {
  __typename?: 'WebhookMessageEdge';
  cursor: Scalars['String']['output'];
  node: WebhookMessage;
};

/** Narrows the message log; every field given must match. */
export type WebhookMessageFilter = {
  /** Only attempts to this endpoint (its messages, with their attempts to it). */
  endpointId?: InputMaybe<Scalars['ID']['input']>;
  environment?: InputMaybe<Environment>;
  /** Only these event types; empty or omitted: every type. */
  eventTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** An event id (evt_…), or the verification id (or verification case id) an event is about. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Events created at or after this time. */
  since?: InputMaybe<Scalars['Time']['input']>;
  /** The message's status (see WebhookMessage.status). */
  status?: InputMaybe<WebhookDeliveryStatus>;
  /** Events created before this time. */
  until?: InputMaybe<Scalars['Time']['input']>;
};

export type WebhookMessagePageInfo = {
  __typename?: 'WebhookMessagePageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, email: string, name: string, mfaEnabledAt?: string | null, recoveryCodesLeft: number } | null };

export type UpdateProfileMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateProfile: { __typename?: 'User', id: string, name: string } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type RequestEmailChangeMutationVariables = Exact<{
  newEmail: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type RequestEmailChangeMutation = { __typename?: 'Mutation', requestEmailChange: boolean };

export type BeginMfaMutationVariables = Exact<{ [key: string]: never; }>;


export type BeginMfaMutation = { __typename?: 'Mutation', beginMfaEnrollment: { __typename?: 'MfaEnrollment', secret: string, uri: string, qrCode: string } };

export type ConfirmMfaMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmMfaMutation = { __typename?: 'Mutation', confirmMfaEnrollment: Array<string> };

export type DisableMfaMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type DisableMfaMutation = { __typename?: 'Mutation', disableMfa: boolean };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: Array<string> };

export type SessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsQuery = { __typename?: 'Query', sessions: Array<{ __typename?: 'Session', id: string, device: string, ip: string, signedInAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeSessionMutation = { __typename?: 'Mutation', revokeSession: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: number };

export type AccountBannersQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountBannersQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, mfaSetupRequired: boolean, memberships?: Array<{ __typename?: 'Membership', id: string, tenant: { __typename?: 'Tenant', id: string, termsUpToDate: boolean } }> | null } | null };

export type ApplicationFieldsFragment = { __typename?: 'Application', id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } };

export type ApplicationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ApplicationsQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'ApplicationEdge', node?: { __typename?: 'Application', id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } } | null } | null> | null } };

export type ApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationQuery = { __typename?: 'Query', application?: { __typename?: 'Application', allowedScopes: Array<string>, id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } } | null, pricingTiers: Array<{ __typename?: 'PricingTier', id: string, name: string, maxMonthlyVolume: number, monthlyQuota: number, rateLimitPerMinute: number, priceModel: string }> };

export type PricingTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type PricingTiersQuery = { __typename?: 'Query', pricingTiers: Array<{ __typename?: 'PricingTier', id: string, name: string, maxMonthlyVolume: number, monthlyQuota: number, rateLimitPerMinute: number, priceModel: string }> };

export type CreateApplicationMutationVariables = Exact<{
  input: ApplicationInput;
}>;


export type CreateApplicationMutation = { __typename?: 'Mutation', createApplication: { __typename?: 'Application', id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } } };

export type UpdateApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ApplicationInput;
}>;


export type UpdateApplicationMutation = { __typename?: 'Mutation', updateApplication: { __typename?: 'Application', allowedScopes: Array<string>, id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } } };

export type ArchiveApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveApplicationMutation = { __typename?: 'Mutation', archiveApplication: { __typename?: 'Application', id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } } };

export type RequestProductionAccessMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestProductionAccessMutation = { __typename?: 'Mutation', requestProductionAccess: { __typename?: 'Application', id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, callbackUrls?: Array<string> | null, ipAllowlist?: Array<string> | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null, archivedAt?: string | null, isDefault: boolean, createdAt: string, suggestedTier: { __typename?: 'PricingTier', id: string, name: string } } };

export type AuditLogsQueryVariables = Exact<{
  where?: InputMaybe<AuditLogWhereInput>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type AuditLogsQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'AuditLogEdge', node?: { __typename?: 'AuditLog', id: string, action: string, actorType: AuditLogActorType, actorID?: string | null, targetType?: string | null, targetName?: string | null, targetID?: string | null, ip?: string | null, userAgent?: string | null, metadata?: Record<string, unknown> | null, createdAt: string, actor: { __typename?: 'AuditActor', kind: AuditLogActorType, name: string, email?: string | null, keyPrefix?: string | null }, changes: Array<{ __typename?: 'AuditChange', field: string, from?: string | null, to?: string | null }> } | null } | null> | null } };

export type AuthPayloadFieldsFragment = { __typename?: 'AuthPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, staffRole?: UserStaffRole | null }, membership?: { __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, staffRole?: UserStaffRole | null }, membership?: { __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } } | null } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { __typename?: 'Mutation', logIn: { __typename?: 'AuthPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, staffRole?: UserStaffRole | null }, membership?: { __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } } | null } };

export type TermsOfServiceQueryVariables = Exact<{ [key: string]: never; }>;


export type TermsOfServiceQuery = { __typename?: 'Query', termsOfService: { __typename?: 'TermsOfService', version: string, publishedAt: string, url: string, summary: string } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type InvitationPreviewQueryVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type InvitationPreviewQuery = { __typename?: 'Query', invitation: { __typename?: 'InvitationPreview', email: string, organizationName: string, role: MembershipRole, invitedBy: string, expiresAt: string, accountExists: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, staffRole?: UserStaffRole | null }, membership?: { __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } } | null } };

export type ConfirmEmailChangeMutationVariables = Exact<{
  token: Scalars['String']['input'];
}>;


export type ConfirmEmailChangeMutation = { __typename?: 'Mutation', confirmEmailChange: { __typename?: 'User', id: string, email: string } };

export type DashboardViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardViewerQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, email: string, name: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string, slug: string, industry: Industry, kycStatus: TenantKycStatus, termsVersion?: string | null, termsAcceptedAt?: string | null } }> | null } | null };

export type DashboardChecklistQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChecklistQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', totalCount: number }, apiKeys: { __typename?: 'APIKeyConnection', totalCount: number }, usedKeys: { __typename?: 'APIKeyConnection', totalCount: number }, webhookEndpoints: { __typename?: 'WebhookEndpointConnection', totalCount: number }, deliveredEvents: { __typename?: 'WebhookDeliveryConnection', totalCount: number } };

export type DashboardActivityQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type DashboardActivityQuery = { __typename?: 'Query', auditLogs: { __typename?: 'AuditLogConnection', edges?: Array<{ __typename?: 'AuditLogEdge', node?: { __typename?: 'AuditLog', id: string, action: string, actorType: AuditLogActorType, targetType?: string | null, createdAt: string } | null } | null> | null }, requestLogs: { __typename?: 'RequestLogConnection', edges?: Array<{ __typename?: 'RequestLogEdge', node?: { __typename?: 'RequestLog', id: string, method: string, route: string, status: number, errorCode?: string | null, environment: Environment, createdAt: string } | null } | null> | null } };

export type ApiKeyFieldsFragment = { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState };

export type ApiKeysQueryVariables = Exact<{
  environment: Environment;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'APIKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'APIKeyEdge', node?: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState, application: { __typename?: 'Application', id: string, name: string } } | null } | null> | null } };

export type KeyFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyFormOptionsQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', edges?: Array<{ __typename?: 'ApplicationEdge', node?: { __typename?: 'Application', id: string, name: string, isDefault: boolean, status: ApplicationStatus, industry: Industry, allowedScopes: Array<string>, organization: { __typename?: 'Tenant', id: string, kycStatus: TenantKycStatus } } | null } | null> | null }, quota: { __typename?: 'QuotaStatus', plan: { __typename?: 'PricingTier', id: string, name: string, rateLimitPerMinute: number, monthlyQuota: number } }, scopes: Array<{ __typename?: 'ScopeInfo', name: string, description: string, sdkSafe: boolean }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'ApiKeyWithSecret', secret: string, apiKey: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState } } };

export type UpdateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateApiKeyInput;
}>;


export type UpdateApiKeyMutation = { __typename?: 'Mutation', updateApiKey: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState } };

export type RotateApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  gracePeriodSeconds: Scalars['Int']['input'];
  notifyEmails?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
}>;


export type RotateApiKeyMutation = { __typename?: 'Mutation', rotateApiKey: { __typename?: 'ApiKeyWithSecret', secret: string, apiKey: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState } };

export type DeleteApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteApiKeyMutation = { __typename?: 'Mutation', deleteApiKey: string };

export type ApiKeyChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ApiKeyChangedSubscription = { __typename?: 'Subscription', apiKeyChanged: { __typename?: 'APIKeyChange', type: ApiKeyChangeType, apiKeyId: string, apiKey?: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState } | null } };

export type ApiKeyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApiKeyDetailQuery = { __typename?: 'Query', apiKey?: { __typename?: 'APIKey', id: string, name: string, kind: ApiKeyKind, environment: Environment, prefix: string, last4: string, scopes: Array<string>, ipAllowlist?: Array<string> | null, allowedOrigins?: Array<string> | null, currencyType: ApiKeyCurrencyType, expiresAt?: string | null, rateLimitPerMinute: number, rotationDueAt: string, lastUsedAt?: string | null, lastUsedIP?: string | null, revokedAt?: string | null, revokedReason?: string | null, graceUntil?: string | null, rotatedTo?: string | null, createdAt: string, state: ApiKeyState, application: { __typename?: 'Application', id: string, name: string }, rateLimit: { __typename?: 'APIKeyRateLimit', perMinute: number, source: ApiKeyRateLimitSource, plan?: { __typename?: 'PricingTier', id: string, name: string } | null } } | null };

export type KeyPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type KeyPlanQuery = { __typename?: 'Query', quota: { __typename?: 'QuotaStatus', plan: { __typename?: 'PricingTier', id: string, name: string, rateLimitPerMinute: number, monthlyQuota: number } } };

export type ModulesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ModulesPageQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', edges?: Array<{ __typename?: 'ApplicationEdge', node?: { __typename?: 'Application', id: string, name: string, industry: Industry, requiredModules?: Array<Module> | null, isDefault: boolean } | null } | null> | null }, modules: Array<{ __typename?: 'ModuleInfo', id: Module, name: string, description: string, scopes: Array<string> }>, industries: Array<{ __typename?: 'IndustryProfile', id: Industry, name: string, presetModules: Array<Module>, liveRateLimitPerMinute: number }> };

export type EscrowFieldsFragment = { __typename?: 'Escrow', id: string, environment: Environment, status: EscrowStatus, amount: number, currency: string, buyerId: string, sellerId: string, description: string, reference?: string | null, createdAt: string, updatedAt: string, fundedAt?: string | null, releasedAt?: string | null, refundedAt?: string | null, disputedAt?: string | null };

export type DisputeFieldsFragment = { __typename?: 'Dispute', id: string, environment: Environment, status: DisputeStatus, reason: DisputeReason, description: string, escrowId?: string | null, transactionCheckId?: string | null, reference?: string | null, resolutionNote?: string | null, createdAt: string, reviewStartedAt?: string | null, resolvedAt?: string | null };

export type EscrowsQueryVariables = Exact<{
  environment?: InputMaybe<Environment>;
  status?: InputMaybe<EscrowStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type EscrowsQuery = { __typename?: 'Query', escrows: { __typename?: 'EscrowConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'EscrowEdge', node: { __typename?: 'Escrow', id: string, environment: Environment, status: EscrowStatus, amount: number, currency: string, buyerId: string, sellerId: string, description: string, reference?: string | null, createdAt: string, updatedAt: string, fundedAt?: string | null, releasedAt?: string | null, refundedAt?: string | null, disputedAt?: string | null } }> } };

export type EscrowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  environment?: InputMaybe<Environment>;
}>;


export type EscrowQuery = { __typename?: 'Query', escrow: { __typename?: 'Escrow', id: string, environment: Environment, status: EscrowStatus, amount: number, currency: string, buyerId: string, sellerId: string, description: string, reference?: string | null, createdAt: string, updatedAt: string, fundedAt?: string | null, releasedAt?: string | null, refundedAt?: string | null, disputedAt?: string | null, disputes: Array<{ __typename?: 'Dispute', id: string, environment: Environment, status: DisputeStatus, reason: DisputeReason, description: string, escrowId?: string | null, transactionCheckId?: string | null, reference?: string | null, resolutionNote?: string | null, createdAt: string, reviewStartedAt?: string | null, resolvedAt?: string | null }> } };

export type DisputesQueryVariables = Exact<{
  environment?: InputMaybe<Environment>;
  status?: InputMaybe<DisputeStatus>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type DisputesQuery = { __typename?: 'Query', disputes: { __typename?: 'DisputeConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'DisputeEdge', node: { __typename?: 'Dispute', id: string, environment: Environment, status: DisputeStatus, reason: DisputeReason, description: string, escrowId?: string | null, transactionCheckId?: string | null, reference?: string | null, resolutionNote?: string | null, createdAt: string, reviewStartedAt?: string | null, resolvedAt?: string | null } }> } };

export type DisputeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  environment?: InputMaybe<Environment>;
}>;


export type DisputeQuery = { __typename?: 'Query', dispute: { __typename?: 'Dispute', id: string, environment: Environment, status: DisputeStatus, reason: DisputeReason, description: string, escrowId?: string | null, transactionCheckId?: string | null, reference?: string | null, resolutionNote?: string | null, createdAt: string, reviewStartedAt?: string | null, resolvedAt?: string | null, escrow?: { __typename?: 'Escrow', id: string, environment: Environment, status: EscrowStatus, amount: number, currency: string, buyerId: string, sellerId: string, description: string, reference?: string | null, createdAt: string, updatedAt: string, fundedAt?: string | null, releasedAt?: string | null, refundedAt?: string | null, disputedAt?: string | null } | null } };

export type ModuleEventsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ModuleEventsSubscription = { __typename?: 'Subscription', events: { __typename?: 'Event', id: string, type: string } };

export type NotificationFieldsFragment = { __typename?: 'Notification', id: string, kind: string, title: string, body: string, targetID?: string | null, link: string, readAt?: string | null, createdAt: string };

export type NotificationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'NotificationEdge', node?: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, targetID?: string | null, link: string, readAt?: string | null, createdAt: string } | null } | null> | null } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, targetID?: string | null, link: string, readAt?: string | null, createdAt: string } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, kind: string, title: string, body: string, targetID?: string | null, link: string, readAt?: string | null, createdAt: string } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { __typename?: 'Mutation', markAllNotificationsRead: number };

export type OnboardingTenantFieldsFragment = { __typename?: 'Tenant', id: string, name: string, industry: Industry, termsVersion?: string | null, termsAcceptedAt?: string | null, termsIndustry?: Industry | null, termsUpToDate: boolean, kycStatus: TenantKycStatus, kycLegalName?: string | null, kycRegistrationNumber?: string | null, kycCountry?: string | null, kycAddress?: string | null, kycContactName?: string | null, kycContactEmail?: string | null, kycSubmittedAt?: string | null, kycReviewedAt?: string | null, kycReviewReason?: string | null };

export type OnboardingQueryVariables = Exact<{ [key: string]: never; }>;


export type OnboardingQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string, industry: Industry, termsVersion?: string | null, termsAcceptedAt?: string | null, termsIndustry?: Industry | null, termsUpToDate: boolean, kycStatus: TenantKycStatus, kycLegalName?: string | null, kycRegistrationNumber?: string | null, kycCountry?: string | null, kycAddress?: string | null, kycContactName?: string | null, kycContactEmail?: string | null, kycSubmittedAt?: string | null, kycReviewedAt?: string | null, kycReviewReason?: string | null } }> | null } | null, termsOfService: { __typename?: 'TermsOfService', version: string, publishedAt: string, url: string, summary: string, industries: Array<{ __typename?: 'IndustryTerms', industry: Industry, name: string, permitted: Array<string>, prohibited: Array<string> }> }, countries: Array<{ __typename?: 'Country', code: string, name: string }>, applications: { __typename?: 'ApplicationConnection', edges?: Array<{ __typename?: 'ApplicationEdge', node?: { __typename?: 'Application', id: string, name: string, status: ApplicationStatus, reviewReason?: string | null, reviewedAt?: string | null } | null } | null> | null } };

export type AcceptTermsMutationVariables = Exact<{
  version: Scalars['String']['input'];
}>;


export type AcceptTermsMutation = { __typename?: 'Mutation', acceptTerms: { __typename?: 'Tenant', id: string, name: string, industry: Industry, termsVersion?: string | null, termsAcceptedAt?: string | null, termsIndustry?: Industry | null, termsUpToDate: boolean, kycStatus: TenantKycStatus, kycLegalName?: string | null, kycRegistrationNumber?: string | null, kycCountry?: string | null, kycAddress?: string | null, kycContactName?: string | null, kycContactEmail?: string | null, kycSubmittedAt?: string | null, kycReviewedAt?: string | null, kycReviewReason?: string | null } };

export type SubmitKycMutationVariables = Exact<{
  input: SubmitKycInput;
}>;


export type SubmitKycMutation = { __typename?: 'Mutation', submitKyc: { __typename?: 'Tenant', id: string, name: string, industry: Industry, termsVersion?: string | null, termsAcceptedAt?: string | null, termsIndustry?: Industry | null, termsUpToDate: boolean, kycStatus: TenantKycStatus, kycLegalName?: string | null, kycRegistrationNumber?: string | null, kycCountry?: string | null, kycAddress?: string | null, kycContactName?: string | null, kycContactEmail?: string | null, kycSubmittedAt?: string | null, kycReviewedAt?: string | null, kycReviewReason?: string | null } };

export type ChangeIndustryMutationVariables = Exact<{
  industry: Industry;
  acceptTermsVersion: Scalars['String']['input'];
}>;


export type ChangeIndustryMutation = { __typename?: 'Mutation', changeIndustry: { __typename?: 'Tenant', id: string, name: string, industry: Industry, termsVersion?: string | null, termsAcceptedAt?: string | null, termsIndustry?: Industry | null, termsUpToDate: boolean, kycStatus: TenantKycStatus, kycLegalName?: string | null, kycRegistrationNumber?: string | null, kycCountry?: string | null, kycAddress?: string | null, kycContactName?: string | null, kycContactEmail?: string | null, kycSubmittedAt?: string | null, kycReviewedAt?: string | null, kycReviewReason?: string | null } };

export type StaffCasesQueryVariables = Exact<{
  where?: InputMaybe<StaffVerificationCaseWhere>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type StaffCasesQuery = { __typename?: 'Query', staffVerificationCases: { __typename?: 'VerificationCaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'VerificationCaseEdge', node?: { __typename?: 'VerificationCase', updatedAt: string, id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string, organization: { __typename?: 'Tenant', id: string, name: string } } | null } | null> | null } };

export type StaffCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffCaseQuery = { __typename?: 'Query', verificationCase?: { __typename?: 'VerificationCase', contactEmail: string, createdVia: VerificationCaseCreatedVia, trustScore?: number | null, riskBand?: VerificationCaseRiskBand | null, decidedAt?: string | null, declineReason?: string | null, updatedAt: string, id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string, organization: { __typename?: 'Tenant', id: string, name: string }, timeline: Array<{ __typename?: 'CaseEvent', id: string, action: string, fromStatus?: string | null, toStatus?: string | null, actor: string, reason?: string | null, createdAt: string }>, rfiItems: Array<{ __typename?: 'RFIItem', id: string, kind: RfiItemKind, documentKind?: RfiItemDocumentKind | null, message: string, status: RfiItemStatus, answer?: string | null, documentID?: string | null, answeredAt?: string | null, createdAt: string }>, documents?: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, storagePath: string, sha256: string, status: DocumentStatus, rfiItemID?: string | null, createdAt: string }> | null, report?: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus, trustScore?: number | null, riskBand?: ReportRiskBand | null, controls?: Array<string> | null, demo: boolean, disputed: boolean, disputeReason?: string | null, signedAt?: string | null, validUntil?: string | null, publishedAt?: string | null, revokedAt?: string | null, revokeReason?: string | null, digest?: string | null, signature?: string | null, keyID?: string | null, verifyURL?: string | null, pdfURL?: string | null } | null } | null };

export type KycQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type KycQueueQuery = { __typename?: 'Query', staffTenants: { __typename?: 'TenantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'TenantEdge', node?: { __typename?: 'Tenant', id: string, name: string, industry: Industry, kycStatus: TenantKycStatus, kycLegalName?: string | null, kycRegistrationNumber?: string | null, kycCountry?: string | null, kycAddress?: string | null, kycContactName?: string | null, kycContactEmail?: string | null, kycSubmittedAt?: string | null } | null } | null> | null } };

export type ProductionQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type ProductionQueueQuery = { __typename?: 'Query', staffApplications: { __typename?: 'ApplicationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'ApplicationEdge', node?: { __typename?: 'Application', id: string, name: string, description?: string | null, industry: Industry, regulatoryCategory?: string | null, expectedMonthlyVolume: number, requiredModules?: Array<Module> | null, status: ApplicationStatus, updatedAt: string, organization: { __typename?: 'Tenant', id: string, name: string, kycStatus: TenantKycStatus } } | null } | null> | null } };

export type ReviewKycMutationVariables = Exact<{
  tenantId: Scalars['ID']['input'];
  decision: KycDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewKycMutation = { __typename?: 'Mutation', reviewKyc: { __typename?: 'Tenant', id: string, kycStatus: TenantKycStatus, kycReviewReason?: string | null } };

export type ReviewApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ApplicationDecision;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewApplicationMutation = { __typename?: 'Mutation', reviewApplication: { __typename?: 'Application', id: string, status: ApplicationStatus, reviewReason?: string | null } };

export type StartReviewMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type StartReviewMutation = { __typename?: 'Mutation', startReview: { __typename?: 'VerificationCase', id: string, state: string } };

export type RequestInformationMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  items: Array<RfiItemInput> | RfiItemInput;
}>;


export type RequestInformationMutation = { __typename?: 'Mutation', requestInformation: { __typename?: 'VerificationCase', id: string, state: string } };

export type ApproveVerificationMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: ApproveVerificationInput;
}>;


export type ApproveVerificationMutation = { __typename?: 'Mutation', approveVerification: { __typename?: 'VerificationCase', id: string, state: string } };

export type DeclineVerificationMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type DeclineVerificationMutation = { __typename?: 'Mutation', declineVerification: { __typename?: 'VerificationCase', id: string, state: string } };

export type SignReportMutationVariables = Exact<{
  verificationId: Scalars['ID']['input'];
}>;


export type SignReportMutation = { __typename?: 'Mutation', signReport: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus } };

export type PublishReportMutationVariables = Exact<{
  verificationId: Scalars['ID']['input'];
}>;


export type PublishReportMutation = { __typename?: 'Mutation', publishReport: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus } };

export type RevokeReportMutationVariables = Exact<{
  verificationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RevokeReportMutation = { __typename?: 'Mutation', revokeReport: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus } };

export type SetReportDisputedMutationVariables = Exact<{
  verificationId: Scalars['ID']['input'];
  disputed: Scalars['Boolean']['input'];
  reason: Scalars['String']['input'];
}>;


export type SetReportDisputedMutation = { __typename?: 'Mutation', setReportDisputed: { __typename?: 'Report', id: string, disputed: boolean } };

export type DisputeQueueQueryVariables = Exact<{
  status?: InputMaybe<DisputeStatus>;
}>;


export type DisputeQueueQuery = { __typename?: 'Query', staffDisputes: Array<{ __typename?: 'Dispute', id: string, tenantId: string, environment: Environment, status: DisputeStatus, reason: DisputeReason, description: string, escrowId?: string | null, transactionCheckId?: string | null, reference?: string | null, createdAt: string }> };

export type ResolveDisputeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: DisputeOutcome;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type ResolveDisputeMutation = { __typename?: 'Mutation', resolveDispute: { __typename?: 'Dispute', id: string, status: DisputeStatus, resolutionNote?: string | null, resolvedAt?: string | null } };

export type MemberFieldsFragment = { __typename?: 'Membership', id: string, role: MembershipRole, createdAt: string, user: { __typename?: 'User', id: string, email: string, name: string, mfaEnabledAt?: string | null } };

export type InvitationFieldsFragment = { __typename?: 'Invitation', id: string, email: string, role: InvitationRole, state: InvitationState, expiresAt: string, createdAt: string, invitedBy: { __typename?: 'User', id: string, name: string } };

export type MembersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersQuery = { __typename?: 'Query', members: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, createdAt: string, user: { __typename?: 'User', id: string, email: string, name: string, mfaEnabledAt?: string | null } }> };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: InvitationRole, state: InvitationState, expiresAt: string, createdAt: string, invitedBy: { __typename?: 'User', id: string, name: string } }> };

export type OrganizationSecurityQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSecurityQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, mfaEnabledAt?: string | null, memberships?: Array<{ __typename?: 'Membership', id: string, tenant: { __typename?: 'Tenant', id: string, requireMfa: boolean } }> | null } | null };

export type InviteMemberMutationVariables = Exact<{
  email: Scalars['String']['input'];
  role: MembershipRole;
}>;


export type InviteMemberMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'Invitation', id: string, email: string, role: InvitationRole, state: InvitationState, expiresAt: string, createdAt: string, invitedBy: { __typename?: 'User', id: string, name: string } } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, email: string, role: InvitationRole, state: InvitationState, expiresAt: string, createdAt: string, invitedBy: { __typename?: 'User', id: string, name: string } } };

export type ChangeMemberRoleMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
  role: MembershipRole;
}>;


export type ChangeMemberRoleMutation = { __typename?: 'Mutation', changeMemberRole: { __typename?: 'Membership', id: string, role: MembershipRole, createdAt: string, user: { __typename?: 'User', id: string, email: string, name: string, mfaEnabledAt?: string | null } } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember: boolean };

export type SetRequireMfaMutationVariables = Exact<{
  require: Scalars['Boolean']['input'];
}>;


export type SetRequireMfaMutation = { __typename?: 'Mutation', setRequireMfa: { __typename?: 'Tenant', id: string, requireMfa: boolean } };

export type MyMembershipChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipChangedSubscription = { __typename?: 'Subscription', myMembershipChanged: { __typename?: 'MembershipChange', type: string, membershipId: string, role?: MembershipRole | null } };

export type MyOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganizationsQuery = { __typename?: 'Query', viewer?: { __typename?: 'User', id: string, memberships?: Array<{ __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } }> | null } | null };

export type SwitchOrganizationMutationVariables = Exact<{
  tenantId: Scalars['ID']['input'];
}>;


export type SwitchOrganizationMutation = { __typename?: 'Mutation', switchOrganization: { __typename?: 'AuthPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, staffRole?: UserStaffRole | null }, membership?: { __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } } | null } };

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;


export type CreateOrganizationMutation = { __typename?: 'Mutation', createOrganization: { __typename?: 'AuthPayload', accessToken: string, expiresAt: string, user: { __typename?: 'User', id: string, email: string, name: string, staffRole?: UserStaffRole | null }, membership?: { __typename?: 'Membership', id: string, role: MembershipRole, tenant: { __typename?: 'Tenant', id: string, name: string } } | null } };

export type UsagePointFieldsFragment = { __typename?: 'UsagePoint', time: string, requests: number, errors: number, errorRate: number, p50: number, p95: number, p99: number };

export type UsageBreakdownFieldsFragment = { __typename?: 'UsageBreakdown', value: string, requests: number, errors: number, errorRate: number };

export type UsageQueryVariables = Exact<{
  filter: UsageFilter;
}>;


export type UsageQuery = { __typename?: 'Query', usage: { __typename?: 'UsageReport', from: string, to: string, granularity: Granularity, series: Array<{ __typename?: 'UsagePoint', time: string, requests: number, errors: number, errorRate: number, p50: number, p95: number, p99: number }>, totals: { __typename?: 'UsagePoint', time: string, requests: number, errors: number, errorRate: number, p50: number, p95: number, p99: number }, byKey: Array<{ __typename?: 'UsageBreakdown', value: string, requests: number, errors: number, errorRate: number }>, byRoute: Array<{ __typename?: 'UsageBreakdown', value: string, requests: number, errors: number, errorRate: number }>, byStatus: Array<{ __typename?: 'UsageBreakdown', value: string, requests: number, errors: number, errorRate: number }> } };

export type UsageUpdatedSubscriptionVariables = Exact<{
  filter?: InputMaybe<UsageFilter>;
}>;


export type UsageUpdatedSubscription = { __typename?: 'Subscription', usageUpdated: { __typename?: 'UsageUpdate', at: string, requests: number, errors: number, totals: { __typename?: 'UsagePoint', requests: number, errors: number } } };

export type QuotaQueryVariables = Exact<{ [key: string]: never; }>;


export type QuotaQuery = { __typename?: 'Query', quota: { __typename?: 'QuotaStatus', period: string, used: number, quota: number, plan: { __typename?: 'PricingTier', id: string, name: string, monthlyQuota: number } } };

export type UsageKeyOptionsQueryVariables = Exact<{
  environment: Environment;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type UsageKeyOptionsQuery = { __typename?: 'Query', apiKeys: { __typename?: 'APIKeyConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'APIKeyEdge', node?: { __typename?: 'APIKey', id: string, name: string, prefix: string, last4: string, state: ApiKeyState } | null } | null> | null } };

export type UsageApplicationOptionsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type UsageApplicationOptionsQuery = { __typename?: 'Query', applications: { __typename?: 'ApplicationConnection', pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'ApplicationEdge', node?: { __typename?: 'Application', id: string, name: string, archivedAt?: string | null } | null } | null> | null } };

export type RequestLogsQueryVariables = Exact<{
  where?: InputMaybe<RequestLogWhereInput>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type RequestLogsQuery = { __typename?: 'Query', requestLogs: { __typename?: 'RequestLogConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'RequestLogEdge', node?: { __typename?: 'RequestLog', id: string, method: string, route: string, status: number, errorCode?: string | null, latencyUs: number, clientIP?: string | null, requestID: string, createdAt: string, keyID?: string | null } | null } | null> | null } };

export type RequestLogDetailQueryVariables = Exact<{
  requestID: Scalars['String']['input'];
}>;


export type RequestLogDetailQuery = { __typename?: 'Query', requestLogs: { __typename?: 'RequestLogConnection', edges?: Array<{ __typename?: 'RequestLogEdge', node?: { __typename?: 'RequestLog', id: string, environment: Environment, method: string, route: string, status: number, errorCode?: string | null, latencyUs: number, clientIP?: string | null, userAgent?: string | null, requestID: string, createdAt: string, keyID?: string | null, requestBody?: string | null, requestBodyTruncated: boolean, responseBody?: string | null, responseBodyTruncated: boolean } | null } | null> | null } };

export type DomainFiguresQueryVariables = Exact<{
  environment?: InputMaybe<Environment>;
}>;


export type DomainFiguresQuery = { __typename?: 'Query', domainFigures: { __typename?: 'DomainFigures', from: string, environment: Environment, transactionChecks: { __typename?: 'TransactionCheckFigures', checks: number, approved: number, reviewed: number, declined: number }, fraud: { __typename?: 'FraudFigures', checks: number, flagged: number, confirmedFraud: number, confirmedLegitimate: number, flaggedConfirmedFraud: number, flaggedConfirmedLegitimate: number, precision?: number | null }, disputes: { __typename?: 'DisputeFigures', opened: number, resolved: number, won: number, lost: number, winRate?: number | null }, kyc: { __typename?: 'KycFigures', checks: number, verified: number, rejected: number, review: number, pending: number, passRate?: number | null }, escrowVolume: Array<{ __typename?: 'EscrowVolume', status: string, currency: string, count: number, amount: number }> } };

export type BillingQueryVariables = Exact<{
  environment?: InputMaybe<Environment>;
}>;


export type BillingQuery = { __typename?: 'Query', billing: { __typename?: 'Billing', period: string, environment: Environment, industry: Industry, pricingModel: string, units: Array<{ __typename?: 'MeteredUnitTotal', unit: MeteredUnitKind, quantity: number, currency?: string | null }>, lines: Array<{ __typename?: 'ChargeLine', description: string, unit: MeteredUnitKind, quantity: number, amount: { __typename?: 'BillingAmount', amount: number, currency: string } }>, estimatedCharge: { __typename?: 'BillingAmount', amount: number, currency: string }, otherCharges: Array<{ __typename?: 'BillingAmount', amount: number, currency: string }> } };

export type CaseSummaryFieldsFragment = { __typename?: 'VerificationCase', id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string };

export type CaseDetailFieldsFragment = { __typename?: 'VerificationCase', contactEmail: string, createdVia: VerificationCaseCreatedVia, trustScore?: number | null, riskBand?: VerificationCaseRiskBand | null, decidedAt?: string | null, declineReason?: string | null, updatedAt: string, id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string, timeline: Array<{ __typename?: 'CaseEvent', id: string, action: string, fromStatus?: string | null, toStatus?: string | null, actor: string, reason?: string | null, createdAt: string }>, rfiItems: Array<{ __typename?: 'RFIItem', id: string, kind: RfiItemKind, documentKind?: RfiItemDocumentKind | null, message: string, status: RfiItemStatus, answer?: string | null, documentID?: string | null, answeredAt?: string | null, createdAt: string }>, documents?: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, storagePath: string, sha256: string, status: DocumentStatus, rfiItemID?: string | null, createdAt: string }> | null, report?: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus, trustScore?: number | null, riskBand?: ReportRiskBand | null, controls?: Array<string> | null, demo: boolean, disputed: boolean, disputeReason?: string | null, signedAt?: string | null, validUntil?: string | null, publishedAt?: string | null, revokedAt?: string | null, revokeReason?: string | null, digest?: string | null, signature?: string | null, keyID?: string | null, verifyURL?: string | null, pdfURL?: string | null } | null };

export type VerificationCasesQueryVariables = Exact<{
  where?: InputMaybe<VerificationCaseWhereInput>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type VerificationCasesQuery = { __typename?: 'Query', verificationCases: { __typename?: 'VerificationCaseConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'VerificationCaseEdge', node?: { __typename?: 'VerificationCase', id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string } | null } | null> | null } };

export type VerificationCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VerificationCaseQuery = { __typename?: 'Query', verificationCase?: { __typename?: 'VerificationCase', contactEmail: string, createdVia: VerificationCaseCreatedVia, trustScore?: number | null, riskBand?: VerificationCaseRiskBand | null, decidedAt?: string | null, declineReason?: string | null, updatedAt: string, id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string, timeline: Array<{ __typename?: 'CaseEvent', id: string, action: string, fromStatus?: string | null, toStatus?: string | null, actor: string, reason?: string | null, createdAt: string }>, rfiItems: Array<{ __typename?: 'RFIItem', id: string, kind: RfiItemKind, documentKind?: RfiItemDocumentKind | null, message: string, status: RfiItemStatus, answer?: string | null, documentID?: string | null, answeredAt?: string | null, createdAt: string }>, documents?: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, storagePath: string, sha256: string, status: DocumentStatus, rfiItemID?: string | null, createdAt: string }> | null, report?: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus, trustScore?: number | null, riskBand?: ReportRiskBand | null, controls?: Array<string> | null, demo: boolean, disputed: boolean, disputeReason?: string | null, signedAt?: string | null, validUntil?: string | null, publishedAt?: string | null, revokedAt?: string | null, revokeReason?: string | null, digest?: string | null, signature?: string | null, keyID?: string | null, verifyURL?: string | null, pdfURL?: string | null } | null } | null };

export type VerificationChangedSubscriptionVariables = Exact<{
  caseId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type VerificationChangedSubscription = { __typename?: 'Subscription', verificationChanged: { __typename?: 'VerificationCase', id: string, state: string } };

export type CreateVerificationCaseMutationVariables = Exact<{
  input: CreateVerificationCaseInput;
}>;


export type CreateVerificationCaseMutation = { __typename?: 'Mutation', createVerificationCase: { __typename?: 'VerificationCase', id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string } };

export type AttachDocumentMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: AttachDocumentInput;
}>;


export type AttachDocumentMutation = { __typename?: 'Mutation', attachDocument: { __typename?: 'Document', id: string, kind: DocumentKind, filename: string, rfiItemID?: string | null } };

export type AnswerRfiItemMutationVariables = Exact<{
  itemId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type AnswerRfiItemMutation = { __typename?: 'Mutation', answerRfiItem: { __typename?: 'RFIItem', id: string, status: RfiItemStatus, answer?: string | null, answeredAt?: string | null } };

export type AdvanceSandboxCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
}>;


export type AdvanceSandboxCaseMutation = { __typename?: 'Mutation', advanceSandboxCase: { __typename?: 'VerificationCase', contactEmail: string, createdVia: VerificationCaseCreatedVia, trustScore?: number | null, riskBand?: VerificationCaseRiskBand | null, decidedAt?: string | null, declineReason?: string | null, updatedAt: string, id: string, verificationID: string, supplierName: string, countryCode: string, tier: VerificationCaseTier, package: VerificationCasePackage, status: VerificationCaseStatus, state: string, environment: Environment, clientReference?: string | null, createdAt: string, timeline: Array<{ __typename?: 'CaseEvent', id: string, action: string, fromStatus?: string | null, toStatus?: string | null, actor: string, reason?: string | null, createdAt: string }>, rfiItems: Array<{ __typename?: 'RFIItem', id: string, kind: RfiItemKind, documentKind?: RfiItemDocumentKind | null, message: string, status: RfiItemStatus, answer?: string | null, documentID?: string | null, answeredAt?: string | null, createdAt: string }>, documents?: Array<{ __typename?: 'Document', id: string, kind: DocumentKind, filename: string, storagePath: string, sha256: string, status: DocumentStatus, rfiItemID?: string | null, createdAt: string }> | null, report?: { __typename?: 'Report', id: string, lifecycleStatus: ReportLifecycleStatus, trustScore?: number | null, riskBand?: ReportRiskBand | null, controls?: Array<string> | null, demo: boolean, disputed: boolean, disputeReason?: string | null, signedAt?: string | null, validUntil?: string | null, publishedAt?: string | null, revokedAt?: string | null, revokeReason?: string | null, digest?: string | null, signature?: string | null, keyID?: string | null, verifyURL?: string | null, pdfURL?: string | null } | null } };

export type ShareTokenFieldsFragment = { __typename?: 'ShareToken', id: string, prefix: string, status: ShareTokenStatus, fields: Array<ShareTokenField>, maxUses: number, uses: number, usesRemaining: number, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string };

export type ShareTokensQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type ShareTokensQuery = { __typename?: 'Query', shareTokens: { __typename?: 'ShareTokenConnection', totalCount: number, edges?: Array<{ __typename?: 'ShareTokenEdge', node?: { __typename?: 'ShareToken', id: string, prefix: string, status: ShareTokenStatus, fields: Array<ShareTokenField>, maxUses: number, uses: number, usesRemaining: number, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string } | null } | null> | null } };

export type ShareTokenAttemptsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShareTokenAttemptsQuery = { __typename?: 'Query', shareTokens: { __typename?: 'ShareTokenConnection', edges?: Array<{ __typename?: 'ShareTokenEdge', node?: { __typename?: 'ShareToken', id: string, uses: number, status: ShareTokenStatus, attempts: { __typename?: 'ShareAttemptConnection', totalCount: number, edges?: Array<{ __typename?: 'ShareAttemptEdge', node?: { __typename?: 'ShareAttempt', id: string, createdAt: string, outcome: ShareAttemptOutcome, ip?: string | null, domain?: string | null, userAgent?: string | null } | null } | null> | null } } | null } | null> | null } };

export type CreateShareTokenMutationVariables = Exact<{
  input: CreateShareTokenInput;
}>;


export type CreateShareTokenMutation = { __typename?: 'Mutation', createShareToken: { __typename?: 'ShareTokenWithSecret', token: string, shareToken: { __typename?: 'ShareToken', id: string, prefix: string, status: ShareTokenStatus, fields: Array<ShareTokenField>, maxUses: number, uses: number, usesRemaining: number, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string } } };

export type RevokeShareTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeShareTokenMutation = { __typename?: 'Mutation', revokeShareToken: { __typename?: 'ShareToken', id: string, prefix: string, status: ShareTokenStatus, fields: Array<ShareTokenField>, maxUses: number, uses: number, usesRemaining: number, expiresAt: string, revokedAt?: string | null, lastUsedAt?: string | null, createdAt: string } };

export type EndpointFieldsFragment = { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string };

export type DeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string };

export type WebhookEndpointsQueryVariables = Exact<{
  environment: Environment;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WebhookEndpointsQuery = { __typename?: 'Query', webhookEndpoints: { __typename?: 'WebhookEndpointConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'WebhookEndpointEdge', node?: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } | null } | null> | null } };

export type EventTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type EventTypesQuery = { __typename?: 'Query', eventTypes: Array<{ __typename?: 'EventType', name: string, description: string }> };

export type WebhookEndpointQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookEndpointQuery = { __typename?: 'Query', node?:
    | { __typename?: 'APIKey', id: string }
    | { __typename?: 'Application', id: string }
    | { __typename?: 'AuditLog', id: string }
    | { __typename?: 'CaseEvent', id: string }
    | { __typename?: 'Document', id: string }
    | { __typename?: 'Event', id: string }
    | { __typename?: 'Invitation', id: string }
    | { __typename?: 'Membership', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'RFIItem', id: string }
    | { __typename?: 'Report', id: string }
    | { __typename?: 'RequestLog', id: string }
    | { __typename?: 'ShareAttempt', id: string }
    | { __typename?: 'ShareToken', id: string }
    | { __typename?: 'Tenant', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'VerificationCase', id: string }
    | { __typename?: 'WebhookDelivery', id: string }
    | { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string }
   | null };

export type WebhookDeliveriesQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'WebhookDeliveryEdge', node?: { __typename?: 'WebhookDelivery', id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string } | null } | null> | null } };

export type WebhookDeliveryDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WebhookDeliveryDetailQuery = { __typename?: 'Query', webhookDeliveries: { __typename?: 'WebhookDeliveryConnection', edges?: Array<{ __typename?: 'WebhookDeliveryEdge', node?: { __typename?: 'WebhookDelivery', requestHeaders?: Record<string, unknown> | null, requestBody?: string | null, responseExcerpt?: string | null, id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, deletedAt?: string | null } } | null } | null> | null } };

export type DeliveryLoggedSubscriptionVariables = Exact<{
  endpointId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type DeliveryLoggedSubscription = { __typename?: 'Subscription', webhookDeliveryLogged: { __typename?: 'WebhookDelivery', id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string } };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { __typename?: 'Mutation', createWebhookEndpoint: { __typename?: 'WebhookEndpointWithSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookEndpointInput;
}>;


export type UpdateWebhookEndpointMutation = { __typename?: 'Mutation', updateWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } };

export type DisableWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableWebhookEndpointMutation = { __typename?: 'Mutation', disableWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } };

export type EnableWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EnableWebhookEndpointMutation = { __typename?: 'Mutation', enableWebhookEndpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookEndpointMutation = { __typename?: 'Mutation', deleteWebhookEndpoint: string };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  graceSeconds: Scalars['Int']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'WebhookEndpointWithSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } } };

export type SendTestWebhookMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
}>;


export type SendTestWebhookMutation = { __typename?: 'Mutation', sendTestWebhook: { __typename?: 'Event', id: string, type: string } };

export type ResendWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendWebhookDeliveryMutation = { __typename?: 'Mutation', resendWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string } };

export type RecoverFailedDeliveriesMutationVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  since: Scalars['Time']['input'];
}>;


export type RecoverFailedDeliveriesMutation = { __typename?: 'Mutation', recoverFailedDeliveries: number };

export type WebhookMessagesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WebhookMessageFilter>;
}>;


export type WebhookMessagesQuery = { __typename?: 'Query', webhookMessages: { __typename?: 'WebhookMessageConnection', totalCount: number, pageInfo: { __typename?: 'WebhookMessagePageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'WebhookMessageEdge', node: { __typename?: 'WebhookMessage', id: string, eventType: string, createdAt: string, status: WebhookDeliveryStatus, attempts: Array<{ __typename?: 'WebhookDelivery', id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string }> } }> } };

export type RetryWebhookDeliveryNowMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetryWebhookDeliveryNowMutation = { __typename?: 'Mutation', retryWebhookDeliveryNow: { __typename?: 'WebhookDelivery', id: string, eventID: string, eventType: string, attempt: number, trigger: WebhookDeliveryTrigger, status: WebhookDeliveryStatus, scheduledAt: string, attemptedAt?: string | null, responseStatus?: number | null, durationMs?: number | null, errorMessage?: string | null, nextRetryAt?: string | null, createdAt: string } };

export type FailedDeliveriesPreviewQueryVariables = Exact<{
  endpointId: Scalars['ID']['input'];
  since: Scalars['Time']['input'];
}>;


export type FailedDeliveriesPreviewQuery = { __typename?: 'Query', failedDeliveriesPreview: { __typename?: 'FailedDeliveriesPreview', count: number, eventTypes: Array<string>, oldest?: string | null, newest?: string | null } };

export type RevealWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  mfaCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type RevealWebhookSecretMutation = { __typename?: 'Mutation', revealWebhookSecret: { __typename?: 'WebhookEndpointWithSecret', secret: string, endpoint: { __typename?: 'WebhookEndpoint', id: string } } };

export type EndpointChangedSubscriptionVariables = Exact<{
  endpointId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type EndpointChangedSubscription = { __typename?: 'Subscription', webhookEndpointChanged: { __typename?: 'WebhookEndpoint', id: string, url: string, description?: string | null, environment: Environment, eventTypes?: Array<string> | null, status: WebhookEndpointStatus, disabledReason?: string | null, failingSince?: string | null, previousSecretExpiresAt?: string | null, deletedAt?: string | null, createdAt: string } };

export const ApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplicationFieldsFragment, unknown>;
export const AuthPayloadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AuthPayloadFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const EscrowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscrowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escrow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buyerId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}}]}}]} as unknown as DocumentNode<EscrowFieldsFragment, unknown>;
export const DisputeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"escrowId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCheckId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<DisputeFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const OnboardingTenantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingTenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termsIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"termsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"kycRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kycCountry"}},{"kind":"Field","name":{"kind":"Name","value":"kycAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactName"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"kycSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewReason"}}]}}]} as unknown as DocumentNode<OnboardingTenantFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabledAt"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const UsagePointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsagePointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p95"}},{"kind":"Field","name":{"kind":"Name","value":"p99"}}]}}]} as unknown as DocumentNode<UsagePointFieldsFragment, unknown>;
export const UsageBreakdownFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}}]}}]} as unknown as DocumentNode<UsageBreakdownFieldsFragment, unknown>;
export const CaseSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CaseSummaryFieldsFragment, unknown>;
export const CaseDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdVia"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfiItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"documentID"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"storagePath"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rfiItemID"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"keyID"}},{"kind":"Field","name":{"kind":"Name","value":"verifyURL"}},{"kind":"Field","name":{"kind":"Name","value":"pdfURL"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CaseDetailFieldsFragment, unknown>;
export const ShareTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"usesRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShareTokenFieldsFragment, unknown>;
export const EndpointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EndpointFieldsFragment, unknown>;
export const DeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DeliveryFieldsFragment, unknown>;
export const AccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"newEmail"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newEmail"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<RequestEmailChangeMutation, RequestEmailChangeMutationVariables>;
export const BeginMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BeginMfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beginMfaEnrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]} as unknown as DocumentNode<BeginMfaMutation, BeginMfaMutationVariables>;
export const ConfirmMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrollment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmMfaMutation, ConfirmMfaMutationVariables>;
export const DisableMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<DisableMfaMutation, DisableMfaMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const SessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"device"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"signedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<SessionsQuery, SessionsQueryVariables>;
export const RevokeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const AccountBannersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountBanners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfaSetupRequired"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"termsUpToDate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountBannersQuery, AccountBannersQueryVariables>;
export const ApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Applications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archivedAtIsNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplicationsQuery, ApplicationsQueryVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"allowedScopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pricingTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyQuota"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"priceModel"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const PricingTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PricingTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pricingTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"maxMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyQuota"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"priceModel"}}]}}]}}]} as unknown as DocumentNode<PricingTiersQuery, PricingTiersQueryVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const UpdateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"allowedScopes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateApplicationMutation, UpdateApplicationMutationVariables>;
export const ArchiveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ArchiveApplicationMutation, ArchiveApplicationMutationVariables>;
export const RequestProductionAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestProductionAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestProductionAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrls"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RequestProductionAccessMutation, RequestProductionAccessMutationVariables>;
export const AuditLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"actorID"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetName"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogsQuery, AuditLogsQueryVariables>;
export const SignUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const TermsOfServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TermsOfService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"termsOfService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]} as unknown as DocumentNode<TermsOfServiceQuery, TermsOfServiceQueryVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const InvitationPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"accountExists"}}]}}]}}]} as unknown as DocumentNode<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ConfirmEmailChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmEmailChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmEmailChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ConfirmEmailChangeMutation, ConfirmEmailChangeMutationVariables>;
export const DashboardViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardViewerQuery, DashboardViewerQueryVariables>;
export const DashboardChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardChecklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isDefault"},"value":{"kind":"BooleanValue","value":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"usedKeys"},"name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"lastUsedAtNotNil"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"deliveredEvents"},"name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUCCEEDED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<DashboardChecklistQuery, DashboardChecklistQueryVariables>;
export const DashboardActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorType"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardActivityQuery, DashboardActivityQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const KeyFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archivedAtIsNil"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"allowedScopes"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyQuota"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sdkSafe"}}]}}]}}]} as unknown as DocumentNode<KeyFormOptionsQuery, KeyFormOptionsQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const UpdateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<UpdateApiKeyMutation, UpdateApiKeyMutationVariables>;
export const RotateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gracePeriodSeconds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"notifyEmails"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"gracePeriodSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gracePeriodSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"notifyEmails"},"value":{"kind":"Variable","name":{"kind":"Name","value":"notifyEmails"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RotateApiKeyMutation, RotateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const DeleteApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteApiKeyMutation, DeleteApiKeyMutationVariables>;
export const ApiKeyChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ApiKeyChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ApiKeyChangedSubscription, ApiKeyChangedSubscriptionVariables>;
export const ApiKeyDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rateLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perMinute"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"APIKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"ipAllowlist"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOrigins"}},{"kind":"Field","name":{"kind":"Name","value":"currencyType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"rotationDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedIP"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"graceUntil"}},{"kind":"Field","name":{"kind":"Name","value":"rotatedTo"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ApiKeyDetailQuery, ApiKeyDetailQueryVariables>;
export const KeyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rateLimitPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyQuota"}}]}}]}}]}}]} as unknown as DocumentNode<KeyPlanQuery, KeyPlanQueryVariables>;
export const ModulesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModulesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archivedAtIsNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"modules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetModules"}},{"kind":"Field","name":{"kind":"Name","value":"liveRateLimitPerMinute"}}]}}]}}]} as unknown as DocumentNode<ModulesPageQuery, ModulesPageQueryVariables>;
export const EscrowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escrows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EscrowStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escrows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscrowFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscrowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escrow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buyerId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}}]}}]} as unknown as DocumentNode<EscrowsQuery, EscrowsQueryVariables>;
export const EscrowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Escrow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escrow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscrowFields"}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscrowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escrow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buyerId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"escrowId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCheckId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<EscrowQuery, EscrowQueryVariables>;
export const DisputesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Disputes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"escrowId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCheckId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]} as unknown as DocumentNode<DisputesQuery, DisputesQueryVariables>;
export const DisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisputeFields"}},{"kind":"Field","name":{"kind":"Name","value":"escrow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EscrowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisputeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dispute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"escrowId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCheckId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStartedAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EscrowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Escrow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"buyerId"}},{"kind":"Field","name":{"kind":"Name","value":"sellerId"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"releasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refundedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}}]}}]} as unknown as DocumentNode<DisputeQuery, DisputeQueryVariables>;
export const ModuleEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ModuleEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"escrow.funded","block":false},{"kind":"StringValue","value":"escrow.released","block":false},{"kind":"StringValue","value":"escrow.refunded","block":false},{"kind":"StringValue","value":"dispute.updated","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<ModuleEventsSubscription, ModuleEventsSubscriptionVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"targetID"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const OnboardingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Onboarding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingTenantFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"termsOfService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"permitted"}},{"kind":"Field","name":{"kind":"Name","value":"prohibited"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"archivedAtIsNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingTenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termsIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"termsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"kycRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kycCountry"}},{"kind":"Field","name":{"kind":"Name","value":"kycAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactName"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"kycSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewReason"}}]}}]} as unknown as DocumentNode<OnboardingQuery, OnboardingQueryVariables>;
export const AcceptTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingTenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingTenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termsIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"termsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"kycRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kycCountry"}},{"kind":"Field","name":{"kind":"Name","value":"kycAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactName"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"kycSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewReason"}}]}}]} as unknown as DocumentNode<AcceptTermsMutation, AcceptTermsMutationVariables>;
export const SubmitKycDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitKyc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitKycInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitKyc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingTenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingTenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termsIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"termsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"kycRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kycCountry"}},{"kind":"Field","name":{"kind":"Name","value":"kycAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactName"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"kycSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewReason"}}]}}]} as unknown as DocumentNode<SubmitKycMutation, SubmitKycMutationVariables>;
export const ChangeIndustryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeIndustry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Industry"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acceptTermsVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"industry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}},{"kind":"Argument","name":{"kind":"Name","value":"acceptTermsVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acceptTermsVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnboardingTenantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnboardingTenantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Tenant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"termsVersion"}},{"kind":"Field","name":{"kind":"Name","value":"termsAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"termsIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"termsUpToDate"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"kycRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kycCountry"}},{"kind":"Field","name":{"kind":"Name","value":"kycAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactName"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"kycSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewReason"}}]}}]} as unknown as DocumentNode<ChangeIndustryMutation, ChangeIndustryMutationVariables>;
export const StaffCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffVerificationCaseWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffVerificationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<StaffCasesQuery, StaffCasesQueryVariables>;
export const StaffCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdVia"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfiItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"documentID"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"storagePath"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rfiItemID"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"keyID"}},{"kind":"Field","name":{"kind":"Name","value":"verifyURL"}},{"kind":"Field","name":{"kind":"Name","value":"pdfURL"}}]}}]}}]} as unknown as DocumentNode<StaffCaseQuery, StaffCaseQueryVariables>;
export const KycQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KycQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffTenants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kycStatus"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycLegalName"}},{"kind":"Field","name":{"kind":"Name","value":"kycRegistrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kycCountry"}},{"kind":"Field","name":{"kind":"Name","value":"kycAddress"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactName"}},{"kind":"Field","name":{"kind":"Name","value":"kycContactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"kycSubmittedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KycQueueQuery, KycQueueQueryVariables>;
export const ProductionQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductionQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"productionStatus"},"value":{"kind":"EnumValue","value":"PENDING_REVIEW"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"regulatoryCategory"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMonthlyVolume"}},{"kind":"Field","name":{"kind":"Name","value":"requiredModules"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductionQueueQuery, ProductionQueueQueryVariables>;
export const ReviewKycDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewKyc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KycDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewKyc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kycStatus"}},{"kind":"Field","name":{"kind":"Name","value":"kycReviewReason"}}]}}]}}]} as unknown as DocumentNode<ReviewKycMutation, ReviewKycMutationVariables>;
export const ReviewApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewReason"}}]}}]}}]} as unknown as DocumentNode<ReviewApplicationMutation, ReviewApplicationMutationVariables>;
export const StartReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<StartReviewMutation, StartReviewMutationVariables>;
export const RequestInformationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestInformation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RFIItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestInformation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RequestInformationMutation, RequestInformationMutationVariables>;
export const ApproveVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<ApproveVerificationMutation, ApproveVerificationMutationVariables>;
export const DeclineVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<DeclineVerificationMutation, DeclineVerificationMutationVariables>;
export const SignReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]}}]} as unknown as DocumentNode<SignReportMutation, SignReportMutationVariables>;
export const PublishReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]}}]} as unknown as DocumentNode<PublishReportMutation, PublishReportMutationVariables>;
export const RevokeReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}}]}}]}}]} as unknown as DocumentNode<RevokeReportMutation, RevokeReportMutationVariables>;
export const SetReportDisputedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReportDisputed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disputed"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReportDisputed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verificationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verificationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"disputed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disputed"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}}]}}]}}]} as unknown as DocumentNode<SetReportDisputedMutation, SetReportDisputedMutationVariables>;
export const DisputeQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DisputeQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffDisputes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenantId"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"escrowId"}},{"kind":"Field","name":{"kind":"Name","value":"transactionCheckId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DisputeQueueQuery, DisputeQueueQueryVariables>;
export const ResolveDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}}]}}]}}]} as unknown as DocumentNode<ResolveDisputeMutation, ResolveDisputeMutationVariables>;
export const MembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabledAt"}}]}}]}}]} as unknown as DocumentNode<MembersQuery, MembersQueryVariables>;
export const InvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InvitationsQuery, InvitationsQueryVariables>;
export const OrganizationSecurityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationSecurity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationSecurityQuery, OrganizationSecurityQueryVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Membership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mfaEnabledAt"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}]}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const SetRequireMfaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRequireMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"require"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRequireMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"require"},"value":{"kind":"Variable","name":{"kind":"Name","value":"require"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requireMfa"}}]}}]}}]} as unknown as DocumentNode<SetRequireMfaMutation, SetRequireMfaMutationVariables>;
export const MyMembershipChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyMembershipChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myMembershipChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"membershipId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MyMembershipChangedSubscription, MyMembershipChangedSubscriptionVariables>;
export const MyOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOrganizationsQuery, MyOrganizationsQueryVariables>;
export const SwitchOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tenantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SwitchOrganizationMutation, SwitchOrganizationMutationVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthPayloadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthPayloadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Usage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsagePointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsagePointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UsageBreakdownFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsagePointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsagePoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"time"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}},{"kind":"Field","name":{"kind":"Name","value":"p50"}},{"kind":"Field","name":{"kind":"Name","value":"p95"}},{"kind":"Field","name":{"kind":"Name","value":"p99"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UsageBreakdownFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageBreakdown"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"errorRate"}}]}}]} as unknown as DocumentNode<UsageQuery, UsageQueryVariables>;
export const UsageUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UsageUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}}]}}]}}]}}]} as unknown as DocumentNode<UsageUpdatedSubscription, UsageUpdatedSubscriptionVariables>;
export const QuotaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyQuota"}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}}]}}]}}]} as unknown as DocumentNode<QuotaQuery, QuotaQueryVariables>;
export const UsageKeyOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageKeyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsageKeyOptionsQuery, UsageKeyOptionsQueryVariables>;
export const UsageApplicationOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsageApplicationOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsageApplicationOptionsQuery, UsageApplicationOptionsQueryVariables>;
export const RequestLogsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestLogs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLogWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyUs"}},{"kind":"Field","name":{"kind":"Name","value":"clientIP"}},{"kind":"Field","name":{"kind":"Name","value":"requestID"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyID"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestLogsQuery, RequestLogsQueryVariables>;
export const RequestLogDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestLogDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLogs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"requestID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestID"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"route"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"latencyUs"}},{"kind":"Field","name":{"kind":"Name","value":"clientIP"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"requestID"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyID"}},{"kind":"Field","name":{"kind":"Name","value":"requestBody"}},{"kind":"Field","name":{"kind":"Name","value":"requestBodyTruncated"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseBodyTruncated"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestLogDetailQuery, RequestLogDetailQueryVariables>;
export const DomainFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DomainFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"domainFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"transactionChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fraud"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedFraud"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedLegitimate"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedConfirmedFraud"}},{"kind":"Field","name":{"kind":"Name","value":"flaggedConfirmedLegitimate"}},{"kind":"Field","name":{"kind":"Name","value":"precision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disputes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"resolved"}},{"kind":"Field","name":{"kind":"Name","value":"won"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"winRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kyc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escrowVolume"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<DomainFiguresQuery, DomainFiguresQueryVariables>;
export const BillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Billing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"billing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"pricingModel"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCharge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"otherCharges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<BillingQuery, BillingQueryVariables>;
export const VerificationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCaseWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VerificationCasesQuery, VerificationCasesQueryVariables>;
export const VerificationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdVia"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfiItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"documentID"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"storagePath"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rfiItemID"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"keyID"}},{"kind":"Field","name":{"kind":"Name","value":"verifyURL"}},{"kind":"Field","name":{"kind":"Name","value":"pdfURL"}}]}}]}}]} as unknown as DocumentNode<VerificationCaseQuery, VerificationCaseQueryVariables>;
export const VerificationChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VerificationChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<VerificationChangedSubscription, VerificationChangedSubscriptionVariables>;
export const CreateVerificationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVerificationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVerificationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVerificationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateVerificationCaseMutation, CreateVerificationCaseMutationVariables>;
export const AttachDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"rfiItemID"}}]}}]}}]} as unknown as DocumentNode<AttachDocumentMutation, AttachDocumentMutationVariables>;
export const AnswerRfiItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerRfiItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerRfiItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"itemId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"itemId"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<AnswerRfiItemMutation, AnswerRfiItemMutationVariables>;
export const AdvanceSandboxCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdvanceSandboxCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"advanceSandboxCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verificationID"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"package"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"clientReference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdVia"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rfiItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"documentKind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"documentID"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"storagePath"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rfiItemID"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trustScore"}},{"kind":"Field","name":{"kind":"Name","value":"riskBand"}},{"kind":"Field","name":{"kind":"Name","value":"controls"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"disputed"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"signature"}},{"kind":"Field","name":{"kind":"Name","value":"keyID"}},{"kind":"Field","name":{"kind":"Name","value":"verifyURL"}},{"kind":"Field","name":{"kind":"Name","value":"pdfURL"}}]}}]}}]} as unknown as DocumentNode<AdvanceSandboxCaseMutation, AdvanceSandboxCaseMutationVariables>;
export const ShareTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasCaseWith"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareTokenFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"usesRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ShareTokensQuery, ShareTokensQueryVariables>;
export const ShareTokenAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareTokenAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShareTokenAttemptsQuery, ShareTokenAttemptsQueryVariables>;
export const CreateShareTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShareToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShareTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShareToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"shareToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"usesRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateShareTokenMutation, CreateShareTokenMutationVariables>;
export const RevokeShareTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeShareToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeShareToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"maxUses"}},{"kind":"Field","name":{"kind":"Name","value":"uses"}},{"kind":"Field","name":{"kind":"Name","value":"usesRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RevokeShareTokenMutation, RevokeShareTokenMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const EventTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<EventTypesQuery, EventTypesQueryVariables>;
export const WebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookEndpointQuery, WebhookEndpointQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasEndpointWith"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const WebhookDeliveryDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveryDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestHeaders"}},{"kind":"Field","name":{"kind":"Name","value":"requestBody"}},{"kind":"Field","name":{"kind":"Name","value":"responseExcerpt"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryDetailQuery, WebhookDeliveryDetailQueryVariables>;
export const DeliveryLoggedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DeliveryLogged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveryLogged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DeliveryLoggedSubscription, DeliveryLoggedSubscriptionVariables>;
export const CreateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DisableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<DisableWebhookEndpointMutation, DisableWebhookEndpointMutationVariables>;
export const EnableWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhookEndpoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"graceSeconds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"graceSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"graceSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const SendTestWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendTestWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendTestWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const ResendWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ResendWebhookDeliveryMutation, ResendWebhookDeliveryMutationVariables>;
export const RecoverFailedDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecoverFailedDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoverFailedDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}]}]}}]} as unknown as DocumentNode<RecoverFailedDeliveriesMutation, RecoverFailedDeliveriesMutationVariables>;
export const WebhookMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookMessageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<WebhookMessagesQuery, WebhookMessagesQueryVariables>;
export const RetryWebhookDeliveryNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryWebhookDeliveryNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryWebhookDeliveryNow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventID"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}},{"kind":"Field","name":{"kind":"Name","value":"nextRetryAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RetryWebhookDeliveryNowMutation, RetryWebhookDeliveryNowMutationVariables>;
export const FailedDeliveriesPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedDeliveriesPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Time"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedDeliveriesPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"oldest"}},{"kind":"Field","name":{"kind":"Name","value":"newest"}}]}}]}}]} as unknown as DocumentNode<FailedDeliveriesPreviewQuery, FailedDeliveriesPreviewQueryVariables>;
export const RevealWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevealWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mfaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"mfaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mfaCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RevealWebhookSecretMutation, RevealWebhookSecretMutationVariables>;
export const EndpointChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EndpointChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EndpointFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EndpointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<EndpointChangedSubscription, EndpointChangedSubscriptionVariables>;