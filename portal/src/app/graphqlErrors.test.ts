import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actionErrorMessage, inWords, interpretError } from './graphqlErrors';

const refused = (code: string, message: string, field?: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } })] });

describe('inWords', () => {
  it.each([
    ['"bad" in ipAllowlist is not an IP address or CIDR', 'ipAllowlist', undefined, '"bad" in ip allowlist is not an IP address or CIDR'],
    ['"bad" in ip_allowlist is not an IP address or CIDR', 'input.ipAllowlist', undefined, '"bad" in ip allowlist is not an IP address or CIDR'],
    ['"bad" in ipAllowlist is not an IP address or CIDR', 'ipAllowlist', 'this field', '"bad" in this field is not an IP address or CIDR'],
    ['name must not be empty', 'name', 'this field', 'name must not be empty'],
    ['no field named here', undefined, undefined, 'no field named here'],
  ])('turns %j (field %s) into plain words', (message, field, replacement, want) => {
    expect(inWords(message, field, replacement)).toBe(want);
  });
});

describe('interpretError', () => {
  it('puts a field message under its input without the field’s code name', () => {
    const { fieldErrors, formError } = interpretError(
      refused('validation_error', '"bad" in ipAllowlist is not an IP address or CIDR', 'ipAllowlist'),
      ['ipAllowlist'] as const,
    );
    expect(fieldErrors.ipAllowlist).toBe('"bad" in this field is not an IP address or CIDR.');
    expect(formError).toBeNull();
  });

  it('names a field the form does not have in words', () => {
    const { formError } = interpretError(refused('validation_error', 'allowedOrigins needs https origins', 'allowedOrigins'), ['name'] as const);
    expect(formError).toBe('Allowed origins needs https origins.');
  });
});

describe('actionErrorMessage', () => {
  it('keeps a forbidden message written for people and hides a server error’s', () => {
    expect(actionErrorMessage(refused('forbidden', 'live keys need step 2'))).toBe('Live keys need step 2.');
    expect(actionErrorMessage(refused('server_error', 'pq: relation missing'))).toBe('Something went wrong on our side. Please try again.');
  });
});
