import { graphql } from '../gql';

// The verification lifecycle from a partner's side; the operations console
// (src/ops) reads cases with the same fragments.

export const CaseSummaryFields = graphql(`
  fragment CaseSummaryFields on VerificationCase {
    id
    verificationID
    supplierName
    countryCode
    tier
    package
    status
    state
    environment
    clientReference
    createdAt
  }
`);

export const CaseDetailFields = graphql(`
  fragment CaseDetailFields on VerificationCase {
    ...CaseSummaryFields
    contactEmail
    createdVia
    trustScore
    riskBand
    decidedAt
    declineReason
    updatedAt
    timeline {
      id
      action
      fromStatus
      toStatus
      actor
      reason
      createdAt
    }
    rfiItems {
      id
      kind
      documentKind
      message
      status
      answer
      documentID
      answeredAt
      createdAt
    }
    documents {
      id
      kind
      filename
      storagePath
      sha256
      status
      rfiItemID
      createdAt
    }
    report {
      id
      lifecycleStatus
      trustScore
      riskBand
      controls
      demo
      disputed
      disputeReason
      signedAt
      validUntil
      publishedAt
      revokedAt
      revokeReason
      digest
      signature
      keyID
      verifyURL
      pdfURL
    }
  }
`);

export const VerificationCasesQuery = graphql(`
  query VerificationCases($where: VerificationCaseWhereInput, $first: Int!, $after: Cursor) {
    verificationCases(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CaseSummaryFields
        }
      }
    }
  }
`);

export const VerificationCaseQuery = graphql(`
  query VerificationCase($id: ID!) {
    verificationCase(id: $id) {
      ...CaseDetailFields
    }
  }
`);

/**
 * One case (caseId) or every case the viewer may see, as they move. Pages
 * reload what they show on each: the push says which case changed.
 */
export const VerificationChangedSubscription = graphql(`
  subscription VerificationChanged($caseId: ID) {
    verificationChanged(caseId: $caseId) {
      id
      state
    }
  }
`);

export const CreateVerificationCaseMutation = graphql(`
  mutation CreateVerificationCase($input: CreateVerificationCaseInput!) {
    createVerificationCase(input: $input) {
      ...CaseSummaryFields
    }
  }
`);

export const AttachDocumentMutation = graphql(`
  mutation AttachDocument($caseId: ID!, $input: AttachDocumentInput!) {
    attachDocument(caseId: $caseId, input: $input) {
      id
      kind
      filename
      rfiItemID
    }
  }
`);

export const AnswerRfiItemMutation = graphql(`
  mutation AnswerRfiItem($itemId: ID!, $text: String!) {
    answerRfiItem(itemId: $itemId, text: $text) {
      id
      status
      answer
      answeredAt
    }
  }
`);

export const AdvanceSandboxCaseMutation = graphql(`
  mutation AdvanceSandboxCase($caseId: ID!, $to: String!) {
    advanceSandboxCase(caseId: $caseId, to: $to) {
      ...CaseDetailFields
    }
  }
`);
