import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, graphqlFetch } from '../test/graphqlFetch';
import { TEST_USER, renderApp, signedInManager } from '../test/renderApp';

function onboarding(tenant: Record<string, unknown> = {}, role = 'OWNER', apps = [{ status: 'DRAFT' }]) {
  return () => ({
    data: {
      viewer: {
        __typename: 'User',
        id: TEST_USER.id,
        memberships: [
          {
            __typename: 'Membership',
            id: 'mem_1',
            role,
            tenant: {
              __typename: 'Tenant',
              id: 'ten_1',
              name: 'Analytical Engines',
              industry: 'PAYMENTS',
              termsIndustry: null,
              termsUpToDate: false,
              termsVersion: '2026-01',
              termsAcceptedAt: '2026-01-02T10:00:00Z',
              kycStatus: 'NOT_STARTED',
              kycLegalName: null,
              kycRegistrationNumber: null,
              kycCountry: null,
              kycAddress: null,
              kycContactName: null,
              kycContactEmail: null,
              kycSubmittedAt: null,
              kycReviewedAt: null,
              kycReviewReason: null,
              ...tenant,
            },
          },
        ],
      },
      termsOfService: {
        __typename: 'TermsOfService',
        version: '2026-02',
        publishedAt: '2026-02-01T00:00:00Z',
        url: 'https://keybs.example/terms',
        summary: 'Use the API only for your industry’s permitted use cases.',
        industries: [
          { __typename: 'IndustryTerms', industry: 'PAYMENTS', name: 'Payments', permitted: ['Escrow of funds'], prohibited: ['Scoring strangers'] },
          { __typename: 'IndustryTerms', industry: 'IGAMING', name: 'iGaming', permitted: ['Age checks'], prohibited: ['Marketing to minors'] },
        ],
      },
      countries: [
        { __typename: 'Country', code: 'GE', name: 'Georgia' },
        { __typename: 'Country', code: 'DE', name: 'Germany' },
        { __typename: 'Country', code: 'GB', name: 'United Kingdom' },
      ],
      applications: {
        __typename: 'ApplicationConnection',
        edges: apps.map((a, i) => ({
          __typename: 'ApplicationEdge',
          node: { __typename: 'Application', id: `app_${i}`, name: `App ${i}`, reviewReason: null, reviewedAt: null, ...a },
        })),
      },
    },
  });
}

describe('OnboardingPage', () => {
  it('asks to accept a newer terms version, naming it', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Onboarding: onboarding(),
      AcceptTerms: () => ({ data: { acceptTerms: { __typename: 'Tenant', id: 'ten_1' } } }),
    });
    renderApp('/onboarding', { fetch: server.fetch, manager: signedInManager() });
    const step = await screen.findByRole('region', { name: 'Accept the API Terms of Service' });
    expect(step).toHaveTextContent('Current version: 2026-02');
    expect(step).toHaveTextContent('A newer version needs your acceptance before new live keys; existing keys keep working.');
    expect(step).toHaveTextContent('Unlocks test keys');
    // The industry's section of the terms is shown with the version.
    expect(within(step).getByRole('list', { name: 'Permitted for Payments' })).toHaveTextContent('Escrow of funds');
    await user.click(within(step).getByRole('button', { name: 'Accept version 2026-02 for Payments' }));
    await waitFor(() => expect(server.seen.find((r) => r.operationName === 'AcceptTerms')?.variables).toEqual({ version: '2026-02' }));
  }, 15_000);

  it('submits KYC details, checked first, and shows the status', async () => {
    const user = userEvent.setup();
    const server = graphqlFetch({
      Onboarding: onboarding(),
      SubmitKyc: () => gqlError('validation_error', 'registrationNumber is not a registration number', 'registrationNumber'),
    });
    renderApp('/onboarding', { fetch: server.fetch, manager: signedInManager() });
    const step = await screen.findByRole('region', { name: 'Verify your company (KYC/AML)' });
    expect(step).toHaveTextContent('Not started');
    await user.click(within(step).getByRole('button', { name: 'Submit for review' }));
    expect(within(step).getByText('Enter the registered company name.')).toBeInTheDocument();
    expect(server.seen.some((r) => r.operationName === 'SubmitKyc')).toBe(false);

    await user.type(within(step).getByLabelText(/Legal company name/), 'Analytical Engines Ltd');
    await user.type(within(step).getByLabelText(/Registration number/), '0123');
    // The country is chosen by name from the list: "Germany" can only be DE.
    await user.type(within(step).getByLabelText(/^Country/), 'Germ');
    await user.click(await screen.findByRole('option', { name: 'Germany', hidden: true }));
    await user.type(within(step).getByLabelText(/Registered address/), '1 Street');
    await user.type(within(step).getByLabelText(/Contact name/), 'Ada');
    await user.type(within(step).getByLabelText(/Contact email/), 'ada@example.com');
    await user.click(within(step).getByRole('button', { name: 'Submit for review' }));
    expect(await within(step).findByText('This field is not a registration number.')).toBeInTheDocument();
    expect(server.seen.find((r) => r.operationName === 'SubmitKyc')?.variables.input).toMatchObject({ country: 'DE' });
  }, 15_000);

  it('shows a rejection with the reviewer’s reason', async () => {
    const server = graphqlFetch({ Onboarding: onboarding({ kycStatus: 'REJECTED', kycReviewReason: 'Registration number does not match.' }) });
    renderApp('/onboarding', { fetch: server.fetch, manager: signedInManager() });
    const step = await screen.findByRole('region', { name: 'Verify your company (KYC/AML)' });
    expect(step).toHaveTextContent('Registration number does not match.');
    expect(within(step).getByRole('button', { name: 'Correct and resubmit' })).toBeInTheDocument();
  });

  it('counts finished steps and shows each application’s production access', async () => {
    const server = graphqlFetch({
      Onboarding: onboarding({ termsVersion: '2026-02', termsUpToDate: true, kycStatus: 'VERIFIED' }, 'DEVELOPER', [{ status: 'APPROVED' }, { status: 'PENDING_REVIEW' }]),
    });
    renderApp('/onboarding', { fetch: server.fetch, manager: signedInManager('DEVELOPER') });
    expect(await screen.findByText(/3 of 3 steps complete/)).toBeInTheDocument();
    const production = screen.getByRole('region', { name: 'Request production access' });
    expect(production).toHaveTextContent(/App 0.*Approved for production/);
    expect(production).toHaveTextContent(/App 1.*Production access requested/);
    expect(screen.getByText(/Only an owner or admin/)).toBeInTheDocument();
  });
});
