import { graphql } from '../gql';

// The operations console: the staff queues and the actions staff take on
// cases, KYC submissions and production-access requests. Cases are read with
// the partner side's fragments (src/verifications), plus their organization.

export const StaffCasesQuery = graphql(`
  query StaffCases($where: StaffVerificationCaseWhere, $first: Int!, $after: Cursor) {
    staffVerificationCases(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseSummaryFields
          updatedAt
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const StaffCaseQuery = graphql(`
  query StaffCase($id: ID!) {
    verificationCase(id: $id) {
      ...CaseDetailFields
      organization {
        id
        name
      }
    }
  }
`);

export const KycQueueQuery = graphql(`
  query KycQueue($first: Int!, $after: Cursor) {
    staffTenants(first: $first, after: $after, where: { kycStatus: SUBMITTED }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          industry
          kycStatus
          kycLegalName
          kycRegistrationNumber
          kycCountry
          kycAddress
          kycContactName
          kycContactEmail
          kycSubmittedAt
        }
      }
    }
  }
`);

export const ProductionQueueQuery = graphql(`
  query ProductionQueue($first: Int!, $after: Cursor) {
    staffApplications(first: $first, after: $after, where: { productionStatus: PENDING_REVIEW }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          description
          industry
          regulatoryCategory
          expectedMonthlyVolume
          requiredModules
          status
          updatedAt
          organization {
            id
            name
            kycStatus
          }
        }
      }
    }
  }
`);

export const ReviewKycMutation = graphql(`
  mutation ReviewKyc($tenantId: ID!, $decision: KycDecision!, $reason: String) {
    reviewKyc(tenantId: $tenantId, decision: $decision, reason: $reason) {
      id
      kycStatus
      kycReviewReason
    }
  }
`);

export const ReviewApplicationMutation = graphql(`
  mutation ReviewApplication($id: ID!, $decision: ApplicationDecision!, $reason: String) {
    reviewApplication(id: $id, decision: $decision, reason: $reason) {
      id
      status
      reviewReason
    }
  }
`);

export const StartReviewMutation = graphql(`
  mutation StartReview($caseId: ID!) {
    startReview(caseId: $caseId) {
      id
      state
    }
  }
`);

export const RequestInformationMutation = graphql(`
  mutation RequestInformation($caseId: ID!, $items: [RFIItemInput!]!) {
    requestInformation(caseId: $caseId, items: $items) {
      id
      state
    }
  }
`);

export const ApproveVerificationMutation = graphql(`
  mutation ApproveVerification($caseId: ID!, $input: ApproveVerificationInput!) {
    approveVerification(caseId: $caseId, input: $input) {
      id
      state
    }
  }
`);

export const DeclineVerificationMutation = graphql(`
  mutation DeclineVerification($caseId: ID!, $reason: String!) {
    declineVerification(caseId: $caseId, reason: $reason) {
      id
      state
    }
  }
`);

export const SignReportMutation = graphql(`
  mutation SignReport($verificationId: ID!) {
    signReport(verificationId: $verificationId) {
      id
      lifecycleStatus
    }
  }
`);

export const PublishReportMutation = graphql(`
  mutation PublishReport($verificationId: ID!) {
    publishReport(verificationId: $verificationId) {
      id
      lifecycleStatus
    }
  }
`);

export const RevokeReportMutation = graphql(`
  mutation RevokeReport($verificationId: ID!, $reason: String!) {
    revokeReport(verificationId: $verificationId, reason: $reason) {
      id
      lifecycleStatus
    }
  }
`);

export const SetReportDisputedMutation = graphql(`
  mutation SetReportDisputed($verificationId: ID!, $disputed: Boolean!, $reason: String!) {
    setReportDisputed(verificationId: $verificationId, disputed: $disputed, reason: $reason) {
      id
      disputed
    }
  }
`);

export const DisputeQueueQuery = graphql(`
  query DisputeQueue($status: DisputeStatus) {
    staffDisputes(status: $status) {
      id
      tenantId
      environment
      status
      reason
      description
      escrowId
      transactionCheckId
      reference
      createdAt
    }
  }
`);

export const ResolveDisputeMutation = graphql(`
  mutation ResolveDispute($id: ID!, $outcome: DisputeOutcome!, $note: String) {
    resolveDispute(id: $id, outcome: $outcome, note: $note) {
      id
      status
      resolutionNote
      resolvedAt
    }
  }
`);
