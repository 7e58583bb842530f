import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EMPTY_SIGN_UP, signUpErrors, validateSignUp, type SignUpValues } from './signUpForm';

const valid: SignUpValues = {
  email: 'ada@example.com',
  password: 'correct horse battery',
  name: 'Ada Lovelace',
  organizationName: 'Analytical Engines Ltd',
  industry: 'FINTECH',
  acceptTerms: true,
};

function apiError(...errors: Array<{ message: string; code: string; field?: string }>) {
  return new CombinedError({
    graphQLErrors: errors.map(
      (e) => new GraphQLError(e.message, { extensions: { code: e.code, ...(e.field ? { field: e.field } : {}) } }),
    ),
  });
}

describe('validateSignUp', () => {
  it('accepts a complete form', () => {
    expect(validateSignUp(valid)).toEqual({});
  });

  it('asks for every required field on an empty form', () => {
    expect(Object.keys(validateSignUp(EMPTY_SIGN_UP)).sort()).toEqual(
      ['acceptTerms', 'email', 'industry', 'name', 'organizationName', 'password'].sort(),
    );
  });

  it('rejects a password shorter than 10 characters and accepts exactly 10', () => {
    expect(validateSignUp({ ...valid, password: '123456789' }).password).toBe('Use at least 10 characters.');
    expect(validateSignUp({ ...valid, password: '1234567890' }).password).toBeUndefined();
  });

  it('rejects a password longer than 128 characters', () => {
    expect(validateSignUp({ ...valid, password: 'x'.repeat(129) }).password).toBe('Use at most 128 characters.');
  });

  it('rejects an address without a domain and names that are only spaces', () => {
    const errors = validateSignUp({ ...valid, email: 'ada@', name: '   ', organizationName: ' ' });
    expect(errors.email).toMatch(/valid email/);
    expect(errors.name).toBeDefined();
    expect(errors.organizationName).toBeDefined();
  });
});

describe('signUpErrors', () => {
  it('puts a server validation message under the field it names', () => {
    const result = signUpErrors(
      apiError({ message: 'password must be at least 10 characters', code: 'validation_error', field: 'password' }),
    );
    expect(result).toEqual({
      fieldErrors: { password: 'Password must be at least 10 characters.' },
      formError: null,
    });
  });

  it('understands input paths and snake_case field names', () => {
    const result = signUpErrors(
      apiError(
        { message: 'too long', code: 'validation_error', field: 'input.organization_name' },
        { message: 'is required', code: 'validation_error', field: 'acceptTerms' },
      ),
    );
    expect(result.fieldErrors).toEqual({ organizationName: 'Too long.', acceptTerms: 'Is required.' });
  });

  it('explains a taken email next to the email field', () => {
    const result = signUpErrors(apiError({ message: 'email already registered', code: 'conflict', field: 'email' }));
    expect(result.fieldErrors.email).toMatch(/already exists/);
    expect(result.formError).toBeNull();
  });

  it('shows throttling and server failures above the form without internal details', () => {
    expect(signUpErrors(apiError({ message: 'slow down', code: 'rate_limited' })).formError).toMatch(/Too many/);
    const internal = signUpErrors(apiError({ message: 'pq: connection refused', code: 'server_error' }));
    expect(internal.formError).toBe('Something went wrong on our side. Please try again.');
    expect(internal.fieldErrors).toEqual({});
  });

  it('reports an unreachable server as a connection problem', () => {
    const result = signUpErrors(new CombinedError({ networkError: new TypeError('Failed to fetch') }));
    expect(result.formError).toMatch(/cannot reach KeyBS/);
  });
});
