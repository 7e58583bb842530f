import type { OnboardingTenantFieldsFragment, SubmitKycInput } from '../gql/graphql';

export type KycValues = SubmitKycInput;
export const KYC_FIELDS = ['legalName', 'registrationNumber', 'country', 'address', 'contactName', 'contactEmail'] as const;

export function kycValues(tenant: OnboardingTenantFieldsFragment): KycValues {
  return {
    legalName: tenant.kycLegalName ?? '',
    registrationNumber: tenant.kycRegistrationNumber ?? '',
    country: tenant.kycCountry ?? '',
    address: tenant.kycAddress ?? '',
    contactName: tenant.kycContactName ?? '',
    contactEmail: tenant.kycContactEmail ?? '',
  };
}

export function validateKyc(values: KycValues): Partial<Record<(typeof KYC_FIELDS)[number], string>> {
  const errors: Partial<Record<(typeof KYC_FIELDS)[number], string>> = {};
  if (!values.legalName.trim()) errors.legalName = 'Enter the registered company name.';
  if (!values.registrationNumber.trim()) errors.registrationNumber = 'Enter the company registration number.';
  if (!/^[A-Za-z]{2}$/.test(values.country.trim())) errors.country = 'Choose the country from the list.';
  if (!values.address.trim()) errors.address = 'Enter the registered address.';
  if (!values.contactName.trim()) errors.contactName = 'Enter who we contact about the review.';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.contactEmail.trim())) errors.contactEmail = 'Enter a valid email address.';
  return errors;
}

export function toKycInput(values: KycValues): SubmitKycInput {
  return {
    legalName: values.legalName.trim(),
    registrationNumber: values.registrationNumber.trim(),
    country: values.country.trim().toUpperCase(),
    address: values.address.trim(),
    contactName: values.contactName.trim(),
    contactEmail: values.contactEmail.trim(),
  };
}
