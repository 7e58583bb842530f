import type { CombinedError } from '@urql/core';
import { interpretError, type InterpretedError } from '../app/graphqlErrors';
import type { Industry, SignUpInput } from '../gql/graphql';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export interface SignUpValues {
  email: string;
  password: string;
  name: string;
  organizationName: string;
  industry: Industry | '';
  acceptTerms: boolean;
}

export type SignUpField = keyof SignUpValues;

// In the order the form shows them, so focus goes to the first error on screen.
export const SIGN_UP_FIELDS: readonly SignUpField[] = [
  'name',
  'email',
  'password',
  'organizationName',
  'industry',
  'acceptTerms',
];

export const EMPTY_SIGN_UP: SignUpValues = {
  email: '',
  password: '',
  name: '',
  organizationName: '',
  industry: '',
  acceptTerms: false,
};

// Deliberately loose: the server is the authority on what an address is.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Client-side checks, run before anything is sent. Empty object = valid. */
export function validateSignUp(values: SignUpValues): Partial<Record<SignUpField, string>> {
  const errors: Partial<Record<SignUpField, string>> = {};
  const email = values.email.trim();
  if (!email) errors.email = 'Enter your work email.';
  else if (!EMAIL_SHAPE.test(email)) errors.email = 'Enter a valid email address, like name@company.com.';

  if (!values.password) errors.password = 'Choose a password.';
  else if (values.password.length < PASSWORD_MIN_LENGTH)
    errors.password = `Use at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (values.password.length > PASSWORD_MAX_LENGTH)
    errors.password = `Use at most ${PASSWORD_MAX_LENGTH} characters.`;

  if (!values.name.trim()) errors.name = 'Enter your full name.';
  if (!values.organizationName.trim()) errors.organizationName = 'Enter your organization’s name.';
  if (!values.industry) errors.industry = 'Choose your industry.';
  if (!values.acceptTerms) errors.acceptTerms = 'You need to accept the API Terms of Service to continue.';
  return errors;
}

/** The mutation input for valid values (validateSignUp returned no errors). */
export function toSignUpInput(values: SignUpValues): SignUpInput {
  if (!values.industry) throw new Error('toSignUpInput: industry is required');
  return {
    email: values.email.trim(),
    password: values.password,
    name: values.name.trim(),
    organizationName: values.organizationName.trim(),
    industry: values.industry,
    acceptTerms: values.acceptTerms,
  };
}

/** Maps a failed signUp to messages next to the fields and above the form. */
export function signUpErrors(error: CombinedError): InterpretedError<SignUpField> {
  return interpretError(error, SIGN_UP_FIELDS, {
    conflict: 'An account with this email already exists. Log in instead, or use another email.',
    rate_limited: 'Too many sign-up attempts. Please wait a minute and try again.',
  });
}
