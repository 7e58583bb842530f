import { graphql } from '../gql';

export const OnboardingTenantFields = graphql(`
  fragment OnboardingTenantFields on Tenant {
    id
    name
    industry
    termsVersion
    termsAcceptedAt
    termsIndustry
    termsUpToDate
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
      summary
      industries {
        industry
        name
        permitted
        prohibited
      }
    }
    countries {
      code
      name
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

export const ChangeIndustryMutation = graphql(`
  mutation ChangeIndustry($industry: Industry!, $acceptTermsVersion: String!) {
    changeIndustry(industry: $industry, acceptTermsVersion: $acceptTermsVersion) {
      ...OnboardingTenantFields
    }
  }
`);
