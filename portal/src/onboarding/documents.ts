import { graphql } from '../gql';

export const OnboardingTenantFields = graphql(`
  fragment OnboardingTenantFields on Tenant {
    id
    name
    termsVersion
    termsAcceptedAt
    kycStatus
    kycLegalName
    kycRegistrationNumber
    kycCountry
    kycAddress
    kycContactName
    kycContactEmail
    kycSubmittedAt
    kycReviewedAt
    kycReviewReason
  }
`);

export const OnboardingQuery = graphql(`
  query Onboarding {
    viewer {
      id
      memberships {
        id
        role
        tenant {
          ...OnboardingTenantFields
        }
      }
    }
    termsOfService {
      version
      publishedAt
      url
    }
    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {
      edges {
        node {
          id
          name
          status
          reviewReason
          reviewedAt
        }
      }
    }
  }
`);

export const AcceptTermsMutation = graphql(`
  mutation AcceptTerms($version: String!) {
    acceptTerms(version: $version) {
      ...OnboardingTenantFields
    }
  }
`);

export const SubmitKycMutation = graphql(`
  mutation SubmitKyc($input: SubmitKycInput!) {
    submitKyc(input: $input) {
      ...OnboardingTenantFields
    }
  }
`);
