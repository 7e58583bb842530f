import type { ApplicationFieldsFragment, ApplicationInput, Industry, Module, PricingTier } from '../gql/graphql';

export interface ApplicationFormValues {
  name: string;
  description: string;
  industry: Industry | '';
  regulatoryCategory: string;
  callbackUrls: string[];
  ipAllowlist: string[];
  expectedMonthlyVolume: number | string;
  requiredModules: Module[];
}

export const APPLICATION_FIELDS = [
  'name',
  'description',
  'industry',
  'regulatoryCategory',
  'callbackUrls',
  'ipAllowlist',
  'expectedMonthlyVolume',
  'requiredModules',
] as const;

export const MODULE_LABELS: Record<Module, string> = {
  KYC: 'KYC / AML',
  ESCROW: 'Escrow',
  TRUST_SCORING: 'Trust scoring',
  FRAUD_SIGNALS: 'Fraud signals',
  TRANSACTION_MONITORING: 'Transaction monitoring',
  DISPUTES: 'Disputes',
  TRUST_BADGES: 'Trust badges',
  PRIMITIVES: 'Primitives',
};

export function formValues(app: ApplicationFieldsFragment | null, industry: Industry | '' = ''): ApplicationFormValues {
  return {
    name: app?.name ?? '',
    description: app?.description ?? '',
    industry: app?.industry ?? industry,
    regulatoryCategory: app?.regulatoryCategory ?? '',
    callbackUrls: app?.callbackUrls ?? [],
    ipAllowlist: app?.ipAllowlist ?? [],
    expectedMonthlyVolume: app?.expectedMonthlyVolume ?? 0,
    requiredModules: app?.requiredModules ?? [],
  };
}

export function validateApplication(values: ApplicationFormValues): Partial<Record<(typeof APPLICATION_FIELDS)[number], string>> {
  const errors: Partial<Record<(typeof APPLICATION_FIELDS)[number], string>> = {};
  if (values.name.trim() === '') errors.name = 'Name the application, e.g. "Checkout".';
  if (!values.industry) errors.industry = 'Choose an industry.';
  const bad = values.callbackUrls.find((u) => !/^https?:\/\/\S+$/.test(u));
  if (bad) errors.callbackUrls = `"${bad}" is not an absolute http(s) URL.`;
  const volume = Number(values.expectedMonthlyVolume);
  if (!Number.isInteger(volume) || volume < 0) errors.expectedMonthlyVolume = 'Enter a whole number of calls per month.';
  return errors;
}

export function toApplicationInput(values: ApplicationFormValues): ApplicationInput {
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    ...(values.industry ? { industry: values.industry } : {}),
    regulatoryCategory: values.regulatoryCategory.trim() || null,
    callbackUrls: values.callbackUrls,
    ipAllowlist: values.ipAllowlist,
    expectedMonthlyVolume: Number(values.expectedMonthlyVolume) || 0,
    requiredModules: values.requiredModules,
  };
}

type Tier = Pick<PricingTier, 'id' | 'name' | 'maxMonthlyVolume'>;

/**
 * The tier a monthly volume suggests, as the server computes it: the
 * smallest tier whose ceiling covers the volume, else the unbounded one
 * (maxMonthlyVolume 0).
 */
export function suggestTier<T extends Tier>(tiers: readonly T[], volume: number): T | undefined {
  const bounded = tiers.filter((t) => t.maxMonthlyVolume > 0).sort((a, b) => a.maxMonthlyVolume - b.maxMonthlyVolume);
  return bounded.find((t) => volume <= t.maxMonthlyVolume) ?? tiers.find((t) => t.maxMonthlyVolume === 0) ?? bounded.at(-1);
}
