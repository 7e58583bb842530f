import type { CreateVerificationCaseInput } from '../gql/graphql';

export interface CaseFormValues {
  supplierName: string;
  countryCode: string;
  tier: string;
  package: string;
  contactEmail: string;
  clientReference: string;
}

export const CASE_FORM_FIELDS = ['supplierName', 'countryCode', 'tier', 'package', 'contactEmail', 'clientReference'] as const;

export function initialCaseForm(): CaseFormValues {
  return { supplierName: '', countryCode: '', tier: 'tier1', package: 'standard', contactEmail: '', clientReference: '' };
}

/** What the server would refuse, said before sending. */
export function validateCaseForm(v: CaseFormValues): Partial<Record<keyof CaseFormValues, string>> {
  const errors: Partial<Record<keyof CaseFormValues, string>> = {};
  if (!v.supplierName.trim()) errors.supplierName = 'Enter the supplier’s name.';
  if (!/^[A-Za-z]{2}$/.test(v.countryCode.trim())) errors.countryCode = 'Enter a two-letter country code, such as IN or GB.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contactEmail.trim())) errors.contactEmail = 'Enter the supplier contact’s email address.';
  if (v.clientReference.length > 100) errors.clientReference = 'At most 100 characters.';
  return errors;
}

export function toCreateCaseInput(v: CaseFormValues): CreateVerificationCaseInput {
  const ref = v.clientReference.trim();
  return {
    supplierName: v.supplierName.trim(),
    countryCode: v.countryCode.trim().toUpperCase(),
    tier: v.tier,
    package: v.package,
    contactEmail: v.contactEmail.trim(),
    ...(ref ? { clientReference: ref } : {}),
  };
}
