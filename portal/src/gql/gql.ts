/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Account {\n    viewer {\n      id\n      email\n      name\n      mfaEnabledAt\n      recoveryCodesLeft\n    }\n  }\n": typeof types.AccountDocument,
    "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation BeginMfa {\n    beginMfaEnrollment {\n      secret\n      uri\n      qrCode\n    }\n  }\n": typeof types.BeginMfaDocument,
    "\n  mutation ConfirmMfa($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n": typeof types.ConfirmMfaDocument,
    "\n  mutation DisableMfa($code: String!) {\n    disableMfa(code: $code)\n  }\n": typeof types.DisableMfaDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      device\n      ip\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query AccountBanners {\n    viewer {\n      id\n      mfaSetupRequired\n      memberships {\n        id\n        tenant {\n          id\n          termsUpToDate\n        }\n      }\n    }\n  }\n": typeof types.AccountBannersDocument,
    "\n  fragment ApplicationFields on Application {\n    id\n    name\n    description\n    industry\n    regulatoryCategory\n    callbackUrls\n    ipAllowlist\n    expectedMonthlyVolume\n    requiredModules\n    status\n    reviewReason\n    reviewedAt\n    archivedAt\n    isDefault\n    createdAt\n    suggestedTier {\n      id\n      name\n    }\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  query Applications($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApplicationFields\n        }\n      }\n    }\n  }\n": typeof types.ApplicationsDocument,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n      allowedScopes\n    }\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n": typeof types.ApplicationDocument,
    "\n  query PricingTiers {\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n": typeof types.PricingTiersDocument,
    "\n  mutation CreateApplication($input: ApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...ApplicationFields\n      allowedScopes\n    }\n  }\n": typeof types.UpdateApplicationDocument,
    "\n  mutation ArchiveApplication($id: ID!) {\n    archiveApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ArchiveApplicationDocument,
    "\n  mutation RequestProductionAccess($id: ID!) {\n    requestProductionAccess(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.RequestProductionAccessDocument,
    "\n  query AuditLogs($where: AuditLogWhereInput, $first: Int!, $after: Cursor) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorType\n          actorID\n          actor {\n            kind\n            name\n            email\n            keyPrefix\n          }\n          targetType\n          targetName\n          changes {\n            field\n            from\n            to\n          }\n          targetID\n          ip\n          userAgent\n          metadata\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      staffRole\n    }\n    membership {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.LogInDocument,
    "\n  query TermsOfService {\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n    }\n  }\n": typeof types.TermsOfServiceDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n      invitedBy\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query DashboardViewer {\n    viewer {\n      id\n      email\n      name\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n          slug\n          industry\n          kycStatus\n          termsVersion\n          termsAcceptedAt\n        }\n      }\n    }\n  }\n": typeof types.DashboardViewerDocument,
    "\n  query DashboardChecklist {\n    applications(first: 1, where: { isDefault: false }) {\n      totalCount\n    }\n    apiKeys(first: 1) {\n      totalCount\n    }\n    usedKeys: apiKeys(first: 1, where: { lastUsedAtNotNil: true }) {\n      totalCount\n    }\n    webhookEndpoints(first: 1) {\n      totalCount\n    }\n    deliveredEvents: webhookDeliveries(first: 1, where: { status: SUCCEEDED }) {\n      totalCount\n    }\n  }\n": typeof types.DashboardChecklistDocument,
    "\n  query DashboardActivity($first: Int!) {\n    auditLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          action\n          actorType\n          targetType\n          createdAt\n        }\n      }\n    }\n    requestLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          environment\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.DashboardActivityDocument,
    "\n  fragment ApiKeyFields on APIKey {\n    id\n    name\n    kind\n    environment\n    prefix\n    last4\n    scopes\n    ipAllowlist\n    allowedOrigins\n    currencyType\n    expiresAt\n    rateLimitPerMinute\n    rotationDueAt\n    lastUsedAt\n    lastUsedIP\n    revokedAt\n    revokedReason\n    graceUntil\n    rotatedTo\n    createdAt\n    state\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n          # Not in ApiKeyFields: only the keys table shows the application,\n          # so only the list asks for it.\n          application {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query KeyFormOptions {\n    applications(first: 100, where: { archivedAtIsNil: true }) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n          status\n          industry\n          allowedScopes\n          organization {\n            id\n            kycStatus\n          }\n        }\n      }\n    }\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n    scopes {\n      name\n      description\n      sdkSafe\n    }\n  }\n": typeof types.KeyFormOptionsDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {\n    updateApiKey(id: $id, input: $input) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.UpdateApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!, $gracePeriodSeconds: Int!, $notifyEmails: [String!]) {\n    rotateApiKey(id: $id, gracePeriodSeconds: $gracePeriodSeconds, notifyEmails: $notifyEmails) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.RotateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!, $reason: String) {\n    revokeApiKey(id: $id, reason: $reason) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id)\n  }\n": typeof types.DeleteApiKeyDocument,
    "\n  subscription ApiKeyChanged {\n    apiKeyChanged {\n      type\n      apiKeyId\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.ApiKeyChangedDocument,
    "\n  query ApiKeyDetail($id: ID!) {\n    apiKey(id: $id) {\n      ...ApiKeyFields\n      application {\n        id\n        name\n      }\n      rateLimit {\n        perMinute\n        source\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApiKeyDetailDocument,
    "\n  query KeyPlan {\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n  }\n": typeof types.KeyPlanDocument,
    "\n  query ModulesPage {\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          industry\n          requiredModules\n          isDefault\n        }\n      }\n    }\n    modules {\n      id\n      name\n      description\n      scopes\n    }\n    industries {\n      id\n      name\n      presetModules\n      liveRateLimitPerMinute\n    }\n  }\n": typeof types.ModulesPageDocument,
    "\n  fragment EscrowFields on Escrow {\n    id\n    environment\n    status\n    amount\n    currency\n    buyerId\n    sellerId\n    description\n    reference\n    createdAt\n    updatedAt\n    fundedAt\n    releasedAt\n    refundedAt\n    disputedAt\n  }\n": typeof types.EscrowFieldsFragmentDoc,
    "\n  fragment DisputeFields on Dispute {\n    id\n    environment\n    status\n    reason\n    description\n    escrowId\n    transactionCheckId\n    reference\n    resolutionNote\n    createdAt\n    reviewStartedAt\n    resolvedAt\n  }\n": typeof types.DisputeFieldsFragmentDoc,
    "\n  query Escrows($environment: Environment, $status: EscrowStatus, $first: Int!, $after: Cursor) {\n    escrows(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EscrowFields\n        }\n      }\n    }\n  }\n": typeof types.EscrowsDocument,
    "\n  query Escrow($id: ID!, $environment: Environment) {\n    escrow(id: $id, environment: $environment) {\n      ...EscrowFields\n      disputes {\n        ...DisputeFields\n      }\n    }\n  }\n": typeof types.EscrowDocument,
    "\n  query Disputes($environment: Environment, $status: DisputeStatus, $first: Int!, $after: Cursor) {\n    disputes(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DisputeFields\n        }\n      }\n    }\n  }\n": typeof types.DisputesDocument,
    "\n  query Dispute($id: ID!, $environment: Environment) {\n    dispute(id: $id, environment: $environment) {\n      ...DisputeFields\n      escrow {\n        ...EscrowFields\n      }\n    }\n  }\n": typeof types.DisputeDocument,
    "\n  subscription ModuleEvents {\n    events(types: [\"escrow.funded\", \"escrow.released\", \"escrow.refunded\", \"dispute.updated\"]) {\n      id\n      type\n    }\n  }\n": typeof types.ModuleEventsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    targetID\n    link\n    readAt\n    createdAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: Cursor) {\n    notifications(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  fragment OnboardingTenantFields on Tenant {\n    id\n    name\n    industry\n    termsVersion\n    termsAcceptedAt\n    termsIndustry\n    termsUpToDate\n    kycStatus\n    kycLegalName\n    kycRegistrationNumber\n    kycCountry\n    kycAddress\n    kycContactName\n    kycContactEmail\n    kycSubmittedAt\n    kycReviewedAt\n    kycReviewReason\n  }\n": typeof types.OnboardingTenantFieldsFragmentDoc,
    "\n  query Onboarding {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          ...OnboardingTenantFields\n        }\n      }\n    }\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n      industries {\n        industry\n        name\n        permitted\n        prohibited\n      }\n    }\n    countries {\n      code\n      name\n    }\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          reviewReason\n          reviewedAt\n        }\n      }\n    }\n  }\n": typeof types.OnboardingDocument,
    "\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) {\n      ...OnboardingTenantFields\n    }\n  }\n": typeof types.AcceptTermsDocument,
    "\n  mutation SubmitKyc($input: SubmitKycInput!) {\n    submitKyc(input: $input) {\n      ...OnboardingTenantFields\n    }\n  }\n": typeof types.SubmitKycDocument,
    "\n  mutation ChangeIndustry($industry: Industry!, $acceptTermsVersion: String!) {\n    changeIndustry(industry: $industry, acceptTermsVersion: $acceptTermsVersion) {\n      ...OnboardingTenantFields\n    }\n  }\n": typeof types.ChangeIndustryDocument,
    "\n  query StaffCases($where: StaffVerificationCaseWhere, $first: Int!, $after: Cursor) {\n    staffVerificationCases(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n          updatedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.StaffCasesDocument,
    "\n  query StaffCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.StaffCaseDocument,
    "\n  query KycQueue($first: Int!, $after: Cursor) {\n    staffTenants(first: $first, after: $after, where: { kycStatus: SUBMITTED }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          industry\n          kycStatus\n          kycLegalName\n          kycRegistrationNumber\n          kycCountry\n          kycAddress\n          kycContactName\n          kycContactEmail\n          kycSubmittedAt\n        }\n      }\n    }\n  }\n": typeof types.KycQueueDocument,
    "\n  query ProductionQueue($first: Int!, $after: Cursor) {\n    staffApplications(first: $first, after: $after, where: { productionStatus: PENDING_REVIEW }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          industry\n          regulatoryCategory\n          expectedMonthlyVolume\n          requiredModules\n          status\n          updatedAt\n          organization {\n            id\n            name\n            kycStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductionQueueDocument,
    "\n  mutation ReviewKyc($tenantId: ID!, $decision: KycDecision!, $reason: String) {\n    reviewKyc(tenantId: $tenantId, decision: $decision, reason: $reason) {\n      id\n      kycStatus\n      kycReviewReason\n    }\n  }\n": typeof types.ReviewKycDocument,
    "\n  mutation ReviewApplication($id: ID!, $decision: ApplicationDecision!, $reason: String) {\n    reviewApplication(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reviewReason\n    }\n  }\n": typeof types.ReviewApplicationDocument,
    "\n  mutation StartReview($caseId: ID!) {\n    startReview(caseId: $caseId) {\n      id\n      state\n    }\n  }\n": typeof types.StartReviewDocument,
    "\n  mutation RequestInformation($caseId: ID!, $items: [RFIItemInput!]!) {\n    requestInformation(caseId: $caseId, items: $items) {\n      id\n      state\n    }\n  }\n": typeof types.RequestInformationDocument,
    "\n  mutation ApproveVerification($caseId: ID!, $input: ApproveVerificationInput!) {\n    approveVerification(caseId: $caseId, input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ApproveVerificationDocument,
    "\n  mutation DeclineVerification($caseId: ID!, $reason: String!) {\n    declineVerification(caseId: $caseId, reason: $reason) {\n      id\n      state\n    }\n  }\n": typeof types.DeclineVerificationDocument,
    "\n  mutation SignReport($verificationId: ID!) {\n    signReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n": typeof types.SignReportDocument,
    "\n  mutation PublishReport($verificationId: ID!) {\n    publishReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n": typeof types.PublishReportDocument,
    "\n  mutation RevokeReport($verificationId: ID!, $reason: String!) {\n    revokeReport(verificationId: $verificationId, reason: $reason) {\n      id\n      lifecycleStatus\n    }\n  }\n": typeof types.RevokeReportDocument,
    "\n  mutation SetReportDisputed($verificationId: ID!, $disputed: Boolean!, $reason: String!) {\n    setReportDisputed(verificationId: $verificationId, disputed: $disputed, reason: $reason) {\n      id\n      disputed\n    }\n  }\n": typeof types.SetReportDisputedDocument,
    "\n  query DisputeQueue($status: DisputeStatus) {\n    staffDisputes(status: $status) {\n      id\n      tenantId\n      environment\n      status\n      reason\n      description\n      escrowId\n      transactionCheckId\n      reference\n      createdAt\n    }\n  }\n": typeof types.DisputeQueueDocument,
    "\n  mutation ResolveDispute($id: ID!, $outcome: DisputeOutcome!, $note: String) {\n    resolveDispute(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n": typeof types.ResolveDisputeDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      email\n      name\n      mfaEnabledAt\n    }\n  }\n": typeof types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": typeof types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  query OrganizationSecurity {\n    viewer {\n      id\n      mfaEnabledAt\n      memberships {\n        id\n        tenant {\n          id\n          requireMfa\n        }\n      }\n    }\n  }\n": typeof types.OrganizationSecurityDocument,
    "\n  mutation InviteMember($email: String!, $role: MembershipRole!) {\n    inviteMember(email: $email, role: $role) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      ...MemberFields\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SetRequireMfa($require: Boolean!) {\n    setRequireMfa(require: $require) {\n      id\n      requireMfa\n    }\n  }\n": typeof types.SetRequireMfaDocument,
    "\n  subscription MyMembershipChanged {\n    myMembershipChanged {\n      type\n      membershipId\n      role\n    }\n  }\n": typeof types.MyMembershipChangedDocument,
    "\n  query MyOrganizations {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyOrganizationsDocument,
    "\n  mutation SwitchOrganization($tenantId: ID!) {\n    switchOrganization(tenantId: $tenantId) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.SwitchOrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  fragment UsagePointFields on UsagePoint {\n    time\n    requests\n    errors\n    errorRate\n    p50\n    p95\n    p99\n  }\n": typeof types.UsagePointFieldsFragmentDoc,
    "\n  fragment UsageBreakdownFields on UsageBreakdown {\n    value\n    requests\n    errors\n    errorRate\n  }\n": typeof types.UsageBreakdownFieldsFragmentDoc,
    "\n  query Usage($filter: UsageFilter!) {\n    usage(filter: $filter) {\n      from\n      to\n      granularity\n      series {\n        ...UsagePointFields\n      }\n      totals {\n        ...UsagePointFields\n      }\n      byKey {\n        ...UsageBreakdownFields\n      }\n      byRoute {\n        ...UsageBreakdownFields\n      }\n      byStatus {\n        ...UsageBreakdownFields\n      }\n    }\n  }\n": typeof types.UsageDocument,
    "\n  subscription UsageUpdated($filter: UsageFilter) {\n    usageUpdated(filter: $filter) {\n      at\n      requests\n      errors\n      totals {\n        requests\n        errors\n      }\n    }\n  }\n": typeof types.UsageUpdatedDocument,
    "\n  query Quota {\n    quota {\n      plan {\n        id\n        name\n        monthlyQuota\n      }\n      period\n      used\n      quota\n    }\n  }\n": typeof types.QuotaDocument,
    "\n  query UsageKeyOptions($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          last4\n          state\n        }\n      }\n    }\n  }\n": typeof types.UsageKeyOptionsDocument,
    "\n  query UsageApplicationOptions($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n": typeof types.UsageApplicationOptionsDocument,
    "\n  query RequestLogs($where: RequestLogWhereInput, $first: Int!, $after: Cursor) {\n    requestLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          requestID\n          createdAt\n          keyID\n        }\n      }\n    }\n  }\n": typeof types.RequestLogsDocument,
    "\n  query RequestLogDetail($requestID: String!) {\n    requestLogs(first: 1, where: { requestID: $requestID }) {\n      edges {\n        node {\n          id\n          environment\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          userAgent\n          requestID\n          createdAt\n          keyID\n          requestBody\n          requestBodyTruncated\n          responseBody\n          responseBodyTruncated\n        }\n      }\n    }\n  }\n": typeof types.RequestLogDetailDocument,
    "\n  query DomainFigures($environment: Environment) {\n    domainFigures(environment: $environment) {\n      from\n      environment\n      transactionChecks {\n        checks\n        approved\n        reviewed\n        declined\n      }\n      fraud {\n        checks\n        flagged\n        confirmedFraud\n        confirmedLegitimate\n        flaggedConfirmedFraud\n        flaggedConfirmedLegitimate\n        precision\n      }\n      disputes {\n        opened\n        resolved\n        won\n        lost\n        winRate\n      }\n      kyc {\n        checks\n        verified\n        rejected\n        review\n        pending\n        passRate\n      }\n      escrowVolume {\n        status\n        currency\n        count\n        amount\n      }\n    }\n  }\n": typeof types.DomainFiguresDocument,
    "\n  query Billing($environment: Environment) {\n    billing(environment: $environment) {\n      period\n      environment\n      industry\n      pricingModel\n      units {\n        unit\n        quantity\n        currency\n      }\n      lines {\n        description\n        unit\n        quantity\n        amount {\n          amount\n          currency\n        }\n      }\n      estimatedCharge {\n        amount\n        currency\n      }\n      otherCharges {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.BillingDocument,
    "\n  fragment CaseSummaryFields on VerificationCase {\n    id\n    verificationID\n    supplierName\n    countryCode\n    tier\n    package\n    status\n    state\n    environment\n    clientReference\n    createdAt\n  }\n": typeof types.CaseSummaryFieldsFragmentDoc,
    "\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseSummaryFields\n    contactEmail\n    createdVia\n    trustScore\n    riskBand\n    decidedAt\n    declineReason\n    updatedAt\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      actor\n      reason\n      createdAt\n    }\n    rfiItems {\n      id\n      kind\n      documentKind\n      message\n      status\n      answer\n      documentID\n      answeredAt\n      createdAt\n    }\n    documents {\n      id\n      kind\n      filename\n      storagePath\n      sha256\n      status\n      rfiItemID\n      createdAt\n    }\n    report {\n      id\n      lifecycleStatus\n      trustScore\n      riskBand\n      controls\n      demo\n      disputed\n      disputeReason\n      signedAt\n      validUntil\n      publishedAt\n      revokedAt\n      revokeReason\n      digest\n      signature\n      keyID\n      verifyURL\n      pdfURL\n    }\n  }\n": typeof types.CaseDetailFieldsFragmentDoc,
    "\n  query VerificationCases($where: VerificationCaseWhereInput, $first: Int!, $after: Cursor) {\n    verificationCases(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": typeof types.VerificationCasesDocument,
    "\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.VerificationCaseDocument,
    "\n  subscription VerificationChanged($caseId: ID) {\n    verificationChanged(caseId: $caseId) {\n      id\n      state\n    }\n  }\n": typeof types.VerificationChangedDocument,
    "\n  mutation CreateVerificationCase($input: CreateVerificationCaseInput!) {\n    createVerificationCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": typeof types.CreateVerificationCaseDocument,
    "\n  mutation AttachDocument($caseId: ID!, $input: AttachDocumentInput!) {\n    attachDocument(caseId: $caseId, input: $input) {\n      id\n      kind\n      filename\n      rfiItemID\n    }\n  }\n": typeof types.AttachDocumentDocument,
    "\n  mutation AnswerRfiItem($itemId: ID!, $text: String!) {\n    answerRfiItem(itemId: $itemId, text: $text) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n": typeof types.AnswerRfiItemDocument,
    "\n  mutation AdvanceSandboxCase($caseId: ID!, $to: String!) {\n    advanceSandboxCase(caseId: $caseId, to: $to) {\n      ...CaseDetailFields\n    }\n  }\n": typeof types.AdvanceSandboxCaseDocument,
    "\n  fragment ShareTokenFields on ShareToken {\n    id\n    prefix\n    status\n    fields\n    maxUses\n    uses\n    usesRemaining\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": typeof types.ShareTokenFieldsFragmentDoc,
    "\n  query ShareTokens($caseId: ID!) {\n    shareTokens(first: 50, where: { hasCaseWith: [{ id: $caseId }] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ShareTokenFields\n        }\n      }\n    }\n  }\n": typeof types.ShareTokensDocument,
    "\n  query ShareTokenAttempts($id: ID!) {\n    shareTokens(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          id\n          uses\n          status\n          attempts(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                createdAt\n                outcome\n                ip\n                domain\n                userAgent\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ShareTokenAttemptsDocument,
    "\n  mutation CreateShareToken($input: CreateShareTokenInput!) {\n    createShareToken(input: $input) {\n      token\n      shareToken {\n        ...ShareTokenFields\n      }\n    }\n  }\n": typeof types.CreateShareTokenDocument,
    "\n  mutation RevokeShareToken($id: ID!) {\n    revokeShareToken(id: $id) {\n      ...ShareTokenFields\n    }\n  }\n": typeof types.RevokeShareTokenDocument,
    "\n  fragment EndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    environment\n    eventTypes\n    status\n    disabledReason\n    failingSince\n    previousSecretExpiresAt\n    deletedAt\n    createdAt\n  }\n": typeof types.EndpointFieldsFragmentDoc,
    "\n  fragment DeliveryFields on WebhookDelivery {\n    id\n    eventID\n    eventType\n    attempt\n    trigger\n    status\n    scheduledAt\n    attemptedAt\n    responseStatus\n    durationMs\n    errorMessage\n    nextRetryAt\n    createdAt\n  }\n": typeof types.DeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoints($environment: Environment!, $first: Int!, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EndpointFields\n        }\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query EventTypes {\n    eventTypes {\n      name\n      description\n    }\n  }\n": typeof types.EventTypesDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    node(id: $id) {\n      id\n      ... on WebhookEndpoint {\n        ...EndpointFields\n      }\n    }\n  }\n": typeof types.WebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: Cursor) {\n    webhookDeliveries(\n      first: $first\n      after: $after\n      where: { hasEndpointWith: { id: $endpointId } }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeliveryFields\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  query WebhookDeliveryDetail($id: ID!) {\n    webhookDeliveries(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          ...DeliveryFields\n          requestHeaders\n          requestBody\n          responseExcerpt\n          endpoint {\n            id\n            deletedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookDeliveryDetailDocument,
    "\n  subscription DeliveryLogged($endpointId: ID) {\n    webhookDeliveryLogged(endpointId: $endpointId) {\n      ...DeliveryFields\n    }\n  }\n": typeof types.DeliveryLoggedDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n": typeof types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...EndpointFields\n    }\n  }\n": typeof types.UpdateWebhookEndpointDocument,
    "\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n": typeof types.DisableWebhookEndpointDocument,
    "\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n": typeof types.EnableWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": typeof types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!, $graceSeconds: Int!) {\n    rotateWebhookSecret(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n": typeof types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      type\n    }\n  }\n": typeof types.SendTestWebhookDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n": typeof types.ResendWebhookDeliveryDocument,
    "\n  mutation RecoverFailedDeliveries($endpointId: ID!, $since: Time!) {\n    recoverFailedDeliveries(endpointId: $endpointId, since: $since)\n  }\n": typeof types.RecoverFailedDeliveriesDocument,
    "\n  query WebhookMessages($first: Int!, $after: String, $filter: WebhookMessageFilter) {\n    webhookMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventType\n          createdAt\n          status\n          attempts {\n            ...DeliveryFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.WebhookMessagesDocument,
    "\n  mutation RetryWebhookDeliveryNow($id: ID!) {\n    retryWebhookDeliveryNow(id: $id) {\n      ...DeliveryFields\n    }\n  }\n": typeof types.RetryWebhookDeliveryNowDocument,
    "\n  query FailedDeliveriesPreview($endpointId: ID!, $since: Time!) {\n    failedDeliveriesPreview(endpointId: $endpointId, since: $since) {\n      count\n      eventTypes\n      oldest\n      newest\n    }\n  }\n": typeof types.FailedDeliveriesPreviewDocument,
    "\n  mutation RevealWebhookSecret($id: ID!, $password: String, $mfaCode: String) {\n    revealWebhookSecret(id: $id, password: $password, mfaCode: $mfaCode) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": typeof types.RevealWebhookSecretDocument,
    "\n  subscription EndpointChanged($endpointId: ID) {\n    webhookEndpointChanged(endpointId: $endpointId) {\n      ...EndpointFields\n    }\n  }\n": typeof types.EndpointChangedDocument,
};
const documents: Documents = {
    "\n  query Account {\n    viewer {\n      id\n      email\n      name\n      mfaEnabledAt\n      recoveryCodesLeft\n    }\n  }\n": types.AccountDocument,
    "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation BeginMfa {\n    beginMfaEnrollment {\n      secret\n      uri\n      qrCode\n    }\n  }\n": types.BeginMfaDocument,
    "\n  mutation ConfirmMfa($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n": types.ConfirmMfaDocument,
    "\n  mutation DisableMfa($code: String!) {\n    disableMfa(code: $code)\n  }\n": types.DisableMfaDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  query Sessions {\n    sessions {\n      id\n      device\n      ip\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n": types.SessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query AccountBanners {\n    viewer {\n      id\n      mfaSetupRequired\n      memberships {\n        id\n        tenant {\n          id\n          termsUpToDate\n        }\n      }\n    }\n  }\n": types.AccountBannersDocument,
    "\n  fragment ApplicationFields on Application {\n    id\n    name\n    description\n    industry\n    regulatoryCategory\n    callbackUrls\n    ipAllowlist\n    expectedMonthlyVolume\n    requiredModules\n    status\n    reviewReason\n    reviewedAt\n    archivedAt\n    isDefault\n    createdAt\n    suggestedTier {\n      id\n      name\n    }\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  query Applications($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApplicationFields\n        }\n      }\n    }\n  }\n": types.ApplicationsDocument,
    "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n      allowedScopes\n    }\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n": types.ApplicationDocument,
    "\n  query PricingTiers {\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n": types.PricingTiersDocument,
    "\n  mutation CreateApplication($input: ApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...ApplicationFields\n      allowedScopes\n    }\n  }\n": types.UpdateApplicationDocument,
    "\n  mutation ArchiveApplication($id: ID!) {\n    archiveApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.ArchiveApplicationDocument,
    "\n  mutation RequestProductionAccess($id: ID!) {\n    requestProductionAccess(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.RequestProductionAccessDocument,
    "\n  query AuditLogs($where: AuditLogWhereInput, $first: Int!, $after: Cursor) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorType\n          actorID\n          actor {\n            kind\n            name\n            email\n            keyPrefix\n          }\n          targetType\n          targetName\n          changes {\n            field\n            from\n            to\n          }\n          targetID\n          ip\n          userAgent\n          metadata\n          createdAt\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      staffRole\n    }\n    membership {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.LogInDocument,
    "\n  query TermsOfService {\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n    }\n  }\n": types.TermsOfServiceDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n      invitedBy\n      expiresAt\n      accountExists\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query DashboardViewer {\n    viewer {\n      id\n      email\n      name\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n          slug\n          industry\n          kycStatus\n          termsVersion\n          termsAcceptedAt\n        }\n      }\n    }\n  }\n": types.DashboardViewerDocument,
    "\n  query DashboardChecklist {\n    applications(first: 1, where: { isDefault: false }) {\n      totalCount\n    }\n    apiKeys(first: 1) {\n      totalCount\n    }\n    usedKeys: apiKeys(first: 1, where: { lastUsedAtNotNil: true }) {\n      totalCount\n    }\n    webhookEndpoints(first: 1) {\n      totalCount\n    }\n    deliveredEvents: webhookDeliveries(first: 1, where: { status: SUCCEEDED }) {\n      totalCount\n    }\n  }\n": types.DashboardChecklistDocument,
    "\n  query DashboardActivity($first: Int!) {\n    auditLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          action\n          actorType\n          targetType\n          createdAt\n        }\n      }\n    }\n    requestLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          environment\n          createdAt\n        }\n      }\n    }\n  }\n": types.DashboardActivityDocument,
    "\n  fragment ApiKeyFields on APIKey {\n    id\n    name\n    kind\n    environment\n    prefix\n    last4\n    scopes\n    ipAllowlist\n    allowedOrigins\n    currencyType\n    expiresAt\n    rateLimitPerMinute\n    rotationDueAt\n    lastUsedAt\n    lastUsedIP\n    revokedAt\n    revokedReason\n    graceUntil\n    rotatedTo\n    createdAt\n    state\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n          # Not in ApiKeyFields: only the keys table shows the application,\n          # so only the list asks for it.\n          application {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query KeyFormOptions {\n    applications(first: 100, where: { archivedAtIsNil: true }) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n          status\n          industry\n          allowedScopes\n          organization {\n            id\n            kycStatus\n          }\n        }\n      }\n    }\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n    scopes {\n      name\n      description\n      sdkSafe\n    }\n  }\n": types.KeyFormOptionsDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {\n    updateApiKey(id: $id, input: $input) {\n      ...ApiKeyFields\n    }\n  }\n": types.UpdateApiKeyDocument,
    "\n  mutation RotateApiKey($id: ID!, $gracePeriodSeconds: Int!, $notifyEmails: [String!]) {\n    rotateApiKey(id: $id, gracePeriodSeconds: $gracePeriodSeconds, notifyEmails: $notifyEmails) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.RotateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!, $reason: String) {\n    revokeApiKey(id: $id, reason: $reason) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id)\n  }\n": types.DeleteApiKeyDocument,
    "\n  subscription ApiKeyChanged {\n    apiKeyChanged {\n      type\n      apiKeyId\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.ApiKeyChangedDocument,
    "\n  query ApiKeyDetail($id: ID!) {\n    apiKey(id: $id) {\n      ...ApiKeyFields\n      application {\n        id\n        name\n      }\n      rateLimit {\n        perMinute\n        source\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ApiKeyDetailDocument,
    "\n  query KeyPlan {\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n  }\n": types.KeyPlanDocument,
    "\n  query ModulesPage {\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          industry\n          requiredModules\n          isDefault\n        }\n      }\n    }\n    modules {\n      id\n      name\n      description\n      scopes\n    }\n    industries {\n      id\n      name\n      presetModules\n      liveRateLimitPerMinute\n    }\n  }\n": types.ModulesPageDocument,
    "\n  fragment EscrowFields on Escrow {\n    id\n    environment\n    status\n    amount\n    currency\n    buyerId\n    sellerId\n    description\n    reference\n    createdAt\n    updatedAt\n    fundedAt\n    releasedAt\n    refundedAt\n    disputedAt\n  }\n": types.EscrowFieldsFragmentDoc,
    "\n  fragment DisputeFields on Dispute {\n    id\n    environment\n    status\n    reason\n    description\n    escrowId\n    transactionCheckId\n    reference\n    resolutionNote\n    createdAt\n    reviewStartedAt\n    resolvedAt\n  }\n": types.DisputeFieldsFragmentDoc,
    "\n  query Escrows($environment: Environment, $status: EscrowStatus, $first: Int!, $after: Cursor) {\n    escrows(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EscrowFields\n        }\n      }\n    }\n  }\n": types.EscrowsDocument,
    "\n  query Escrow($id: ID!, $environment: Environment) {\n    escrow(id: $id, environment: $environment) {\n      ...EscrowFields\n      disputes {\n        ...DisputeFields\n      }\n    }\n  }\n": types.EscrowDocument,
    "\n  query Disputes($environment: Environment, $status: DisputeStatus, $first: Int!, $after: Cursor) {\n    disputes(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DisputeFields\n        }\n      }\n    }\n  }\n": types.DisputesDocument,
    "\n  query Dispute($id: ID!, $environment: Environment) {\n    dispute(id: $id, environment: $environment) {\n      ...DisputeFields\n      escrow {\n        ...EscrowFields\n      }\n    }\n  }\n": types.DisputeDocument,
    "\n  subscription ModuleEvents {\n    events(types: [\"escrow.funded\", \"escrow.released\", \"escrow.refunded\", \"dispute.updated\"]) {\n      id\n      type\n    }\n  }\n": types.ModuleEventsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    targetID\n    link\n    readAt\n    createdAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int!, $after: Cursor) {\n    notifications(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  fragment OnboardingTenantFields on Tenant {\n    id\n    name\n    industry\n    termsVersion\n    termsAcceptedAt\n    termsIndustry\n    termsUpToDate\n    kycStatus\n    kycLegalName\n    kycRegistrationNumber\n    kycCountry\n    kycAddress\n    kycContactName\n    kycContactEmail\n    kycSubmittedAt\n    kycReviewedAt\n    kycReviewReason\n  }\n": types.OnboardingTenantFieldsFragmentDoc,
    "\n  query Onboarding {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          ...OnboardingTenantFields\n        }\n      }\n    }\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n      industries {\n        industry\n        name\n        permitted\n        prohibited\n      }\n    }\n    countries {\n      code\n      name\n    }\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          reviewReason\n          reviewedAt\n        }\n      }\n    }\n  }\n": types.OnboardingDocument,
    "\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) {\n      ...OnboardingTenantFields\n    }\n  }\n": types.AcceptTermsDocument,
    "\n  mutation SubmitKyc($input: SubmitKycInput!) {\n    submitKyc(input: $input) {\n      ...OnboardingTenantFields\n    }\n  }\n": types.SubmitKycDocument,
    "\n  mutation ChangeIndustry($industry: Industry!, $acceptTermsVersion: String!) {\n    changeIndustry(industry: $industry, acceptTermsVersion: $acceptTermsVersion) {\n      ...OnboardingTenantFields\n    }\n  }\n": types.ChangeIndustryDocument,
    "\n  query StaffCases($where: StaffVerificationCaseWhere, $first: Int!, $after: Cursor) {\n    staffVerificationCases(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n          updatedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.StaffCasesDocument,
    "\n  query StaffCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.StaffCaseDocument,
    "\n  query KycQueue($first: Int!, $after: Cursor) {\n    staffTenants(first: $first, after: $after, where: { kycStatus: SUBMITTED }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          industry\n          kycStatus\n          kycLegalName\n          kycRegistrationNumber\n          kycCountry\n          kycAddress\n          kycContactName\n          kycContactEmail\n          kycSubmittedAt\n        }\n      }\n    }\n  }\n": types.KycQueueDocument,
    "\n  query ProductionQueue($first: Int!, $after: Cursor) {\n    staffApplications(first: $first, after: $after, where: { productionStatus: PENDING_REVIEW }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          industry\n          regulatoryCategory\n          expectedMonthlyVolume\n          requiredModules\n          status\n          updatedAt\n          organization {\n            id\n            name\n            kycStatus\n          }\n        }\n      }\n    }\n  }\n": types.ProductionQueueDocument,
    "\n  mutation ReviewKyc($tenantId: ID!, $decision: KycDecision!, $reason: String) {\n    reviewKyc(tenantId: $tenantId, decision: $decision, reason: $reason) {\n      id\n      kycStatus\n      kycReviewReason\n    }\n  }\n": types.ReviewKycDocument,
    "\n  mutation ReviewApplication($id: ID!, $decision: ApplicationDecision!, $reason: String) {\n    reviewApplication(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reviewReason\n    }\n  }\n": types.ReviewApplicationDocument,
    "\n  mutation StartReview($caseId: ID!) {\n    startReview(caseId: $caseId) {\n      id\n      state\n    }\n  }\n": types.StartReviewDocument,
    "\n  mutation RequestInformation($caseId: ID!, $items: [RFIItemInput!]!) {\n    requestInformation(caseId: $caseId, items: $items) {\n      id\n      state\n    }\n  }\n": types.RequestInformationDocument,
    "\n  mutation ApproveVerification($caseId: ID!, $input: ApproveVerificationInput!) {\n    approveVerification(caseId: $caseId, input: $input) {\n      id\n      state\n    }\n  }\n": types.ApproveVerificationDocument,
    "\n  mutation DeclineVerification($caseId: ID!, $reason: String!) {\n    declineVerification(caseId: $caseId, reason: $reason) {\n      id\n      state\n    }\n  }\n": types.DeclineVerificationDocument,
    "\n  mutation SignReport($verificationId: ID!) {\n    signReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n": types.SignReportDocument,
    "\n  mutation PublishReport($verificationId: ID!) {\n    publishReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n": types.PublishReportDocument,
    "\n  mutation RevokeReport($verificationId: ID!, $reason: String!) {\n    revokeReport(verificationId: $verificationId, reason: $reason) {\n      id\n      lifecycleStatus\n    }\n  }\n": types.RevokeReportDocument,
    "\n  mutation SetReportDisputed($verificationId: ID!, $disputed: Boolean!, $reason: String!) {\n    setReportDisputed(verificationId: $verificationId, disputed: $disputed, reason: $reason) {\n      id\n      disputed\n    }\n  }\n": types.SetReportDisputedDocument,
    "\n  query DisputeQueue($status: DisputeStatus) {\n    staffDisputes(status: $status) {\n      id\n      tenantId\n      environment\n      status\n      reason\n      description\n      escrowId\n      transactionCheckId\n      reference\n      createdAt\n    }\n  }\n": types.DisputeQueueDocument,
    "\n  mutation ResolveDispute($id: ID!, $outcome: DisputeOutcome!, $note: String) {\n    resolveDispute(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n": types.ResolveDisputeDocument,
    "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      email\n      name\n      mfaEnabledAt\n    }\n  }\n": types.MemberFieldsFragmentDoc,
    "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n": types.MembersDocument,
    "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n": types.InvitationsDocument,
    "\n  query OrganizationSecurity {\n    viewer {\n      id\n      mfaEnabledAt\n      memberships {\n        id\n        tenant {\n          id\n          requireMfa\n        }\n      }\n    }\n  }\n": types.OrganizationSecurityDocument,
    "\n  mutation InviteMember($email: String!, $role: MembershipRole!) {\n    inviteMember(email: $email, role: $role) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      ...MemberFields\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SetRequireMfa($require: Boolean!) {\n    setRequireMfa(require: $require) {\n      id\n      requireMfa\n    }\n  }\n": types.SetRequireMfaDocument,
    "\n  subscription MyMembershipChanged {\n    myMembershipChanged {\n      type\n      membershipId\n      role\n    }\n  }\n": types.MyMembershipChangedDocument,
    "\n  query MyOrganizations {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyOrganizationsDocument,
    "\n  mutation SwitchOrganization($tenantId: ID!) {\n    switchOrganization(tenantId: $tenantId) {\n      ...AuthPayloadFields\n    }\n  }\n": types.SwitchOrganizationDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  fragment UsagePointFields on UsagePoint {\n    time\n    requests\n    errors\n    errorRate\n    p50\n    p95\n    p99\n  }\n": types.UsagePointFieldsFragmentDoc,
    "\n  fragment UsageBreakdownFields on UsageBreakdown {\n    value\n    requests\n    errors\n    errorRate\n  }\n": types.UsageBreakdownFieldsFragmentDoc,
    "\n  query Usage($filter: UsageFilter!) {\n    usage(filter: $filter) {\n      from\n      to\n      granularity\n      series {\n        ...UsagePointFields\n      }\n      totals {\n        ...UsagePointFields\n      }\n      byKey {\n        ...UsageBreakdownFields\n      }\n      byRoute {\n        ...UsageBreakdownFields\n      }\n      byStatus {\n        ...UsageBreakdownFields\n      }\n    }\n  }\n": types.UsageDocument,
    "\n  subscription UsageUpdated($filter: UsageFilter) {\n    usageUpdated(filter: $filter) {\n      at\n      requests\n      errors\n      totals {\n        requests\n        errors\n      }\n    }\n  }\n": types.UsageUpdatedDocument,
    "\n  query Quota {\n    quota {\n      plan {\n        id\n        name\n        monthlyQuota\n      }\n      period\n      used\n      quota\n    }\n  }\n": types.QuotaDocument,
    "\n  query UsageKeyOptions($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          last4\n          state\n        }\n      }\n    }\n  }\n": types.UsageKeyOptionsDocument,
    "\n  query UsageApplicationOptions($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n": types.UsageApplicationOptionsDocument,
    "\n  query RequestLogs($where: RequestLogWhereInput, $first: Int!, $after: Cursor) {\n    requestLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          requestID\n          createdAt\n          keyID\n        }\n      }\n    }\n  }\n": types.RequestLogsDocument,
    "\n  query RequestLogDetail($requestID: String!) {\n    requestLogs(first: 1, where: { requestID: $requestID }) {\n      edges {\n        node {\n          id\n          environment\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          userAgent\n          requestID\n          createdAt\n          keyID\n          requestBody\n          requestBodyTruncated\n          responseBody\n          responseBodyTruncated\n        }\n      }\n    }\n  }\n": types.RequestLogDetailDocument,
    "\n  query DomainFigures($environment: Environment) {\n    domainFigures(environment: $environment) {\n      from\n      environment\n      transactionChecks {\n        checks\n        approved\n        reviewed\n        declined\n      }\n      fraud {\n        checks\n        flagged\n        confirmedFraud\n        confirmedLegitimate\n        flaggedConfirmedFraud\n        flaggedConfirmedLegitimate\n        precision\n      }\n      disputes {\n        opened\n        resolved\n        won\n        lost\n        winRate\n      }\n      kyc {\n        checks\n        verified\n        rejected\n        review\n        pending\n        passRate\n      }\n      escrowVolume {\n        status\n        currency\n        count\n        amount\n      }\n    }\n  }\n": types.DomainFiguresDocument,
    "\n  query Billing($environment: Environment) {\n    billing(environment: $environment) {\n      period\n      environment\n      industry\n      pricingModel\n      units {\n        unit\n        quantity\n        currency\n      }\n      lines {\n        description\n        unit\n        quantity\n        amount {\n          amount\n          currency\n        }\n      }\n      estimatedCharge {\n        amount\n        currency\n      }\n      otherCharges {\n        amount\n        currency\n      }\n    }\n  }\n": types.BillingDocument,
    "\n  fragment CaseSummaryFields on VerificationCase {\n    id\n    verificationID\n    supplierName\n    countryCode\n    tier\n    package\n    status\n    state\n    environment\n    clientReference\n    createdAt\n  }\n": types.CaseSummaryFieldsFragmentDoc,
    "\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseSummaryFields\n    contactEmail\n    createdVia\n    trustScore\n    riskBand\n    decidedAt\n    declineReason\n    updatedAt\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      actor\n      reason\n      createdAt\n    }\n    rfiItems {\n      id\n      kind\n      documentKind\n      message\n      status\n      answer\n      documentID\n      answeredAt\n      createdAt\n    }\n    documents {\n      id\n      kind\n      filename\n      storagePath\n      sha256\n      status\n      rfiItemID\n      createdAt\n    }\n    report {\n      id\n      lifecycleStatus\n      trustScore\n      riskBand\n      controls\n      demo\n      disputed\n      disputeReason\n      signedAt\n      validUntil\n      publishedAt\n      revokedAt\n      revokeReason\n      digest\n      signature\n      keyID\n      verifyURL\n      pdfURL\n    }\n  }\n": types.CaseDetailFieldsFragmentDoc,
    "\n  query VerificationCases($where: VerificationCaseWhereInput, $first: Int!, $after: Cursor) {\n    verificationCases(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n": types.VerificationCasesDocument,
    "\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n": types.VerificationCaseDocument,
    "\n  subscription VerificationChanged($caseId: ID) {\n    verificationChanged(caseId: $caseId) {\n      id\n      state\n    }\n  }\n": types.VerificationChangedDocument,
    "\n  mutation CreateVerificationCase($input: CreateVerificationCaseInput!) {\n    createVerificationCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n": types.CreateVerificationCaseDocument,
    "\n  mutation AttachDocument($caseId: ID!, $input: AttachDocumentInput!) {\n    attachDocument(caseId: $caseId, input: $input) {\n      id\n      kind\n      filename\n      rfiItemID\n    }\n  }\n": types.AttachDocumentDocument,
    "\n  mutation AnswerRfiItem($itemId: ID!, $text: String!) {\n    answerRfiItem(itemId: $itemId, text: $text) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n": types.AnswerRfiItemDocument,
    "\n  mutation AdvanceSandboxCase($caseId: ID!, $to: String!) {\n    advanceSandboxCase(caseId: $caseId, to: $to) {\n      ...CaseDetailFields\n    }\n  }\n": types.AdvanceSandboxCaseDocument,
    "\n  fragment ShareTokenFields on ShareToken {\n    id\n    prefix\n    status\n    fields\n    maxUses\n    uses\n    usesRemaining\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n": types.ShareTokenFieldsFragmentDoc,
    "\n  query ShareTokens($caseId: ID!) {\n    shareTokens(first: 50, where: { hasCaseWith: [{ id: $caseId }] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ShareTokenFields\n        }\n      }\n    }\n  }\n": types.ShareTokensDocument,
    "\n  query ShareTokenAttempts($id: ID!) {\n    shareTokens(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          id\n          uses\n          status\n          attempts(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                createdAt\n                outcome\n                ip\n                domain\n                userAgent\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ShareTokenAttemptsDocument,
    "\n  mutation CreateShareToken($input: CreateShareTokenInput!) {\n    createShareToken(input: $input) {\n      token\n      shareToken {\n        ...ShareTokenFields\n      }\n    }\n  }\n": types.CreateShareTokenDocument,
    "\n  mutation RevokeShareToken($id: ID!) {\n    revokeShareToken(id: $id) {\n      ...ShareTokenFields\n    }\n  }\n": types.RevokeShareTokenDocument,
    "\n  fragment EndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    environment\n    eventTypes\n    status\n    disabledReason\n    failingSince\n    previousSecretExpiresAt\n    deletedAt\n    createdAt\n  }\n": types.EndpointFieldsFragmentDoc,
    "\n  fragment DeliveryFields on WebhookDelivery {\n    id\n    eventID\n    eventType\n    attempt\n    trigger\n    status\n    scheduledAt\n    attemptedAt\n    responseStatus\n    durationMs\n    errorMessage\n    nextRetryAt\n    createdAt\n  }\n": types.DeliveryFieldsFragmentDoc,
    "\n  query WebhookEndpoints($environment: Environment!, $first: Int!, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EndpointFields\n        }\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query EventTypes {\n    eventTypes {\n      name\n      description\n    }\n  }\n": types.EventTypesDocument,
    "\n  query WebhookEndpoint($id: ID!) {\n    node(id: $id) {\n      id\n      ... on WebhookEndpoint {\n        ...EndpointFields\n      }\n    }\n  }\n": types.WebhookEndpointDocument,
    "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: Cursor) {\n    webhookDeliveries(\n      first: $first\n      after: $after\n      where: { hasEndpointWith: { id: $endpointId } }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeliveryFields\n        }\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  query WebhookDeliveryDetail($id: ID!) {\n    webhookDeliveries(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          ...DeliveryFields\n          requestHeaders\n          requestBody\n          responseExcerpt\n          endpoint {\n            id\n            deletedAt\n          }\n        }\n      }\n    }\n  }\n": types.WebhookDeliveryDetailDocument,
    "\n  subscription DeliveryLogged($endpointId: ID) {\n    webhookDeliveryLogged(endpointId: $endpointId) {\n      ...DeliveryFields\n    }\n  }\n": types.DeliveryLoggedDocument,
    "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n": types.CreateWebhookEndpointDocument,
    "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...EndpointFields\n    }\n  }\n": types.UpdateWebhookEndpointDocument,
    "\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n": types.DisableWebhookEndpointDocument,
    "\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n": types.EnableWebhookEndpointDocument,
    "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n": types.DeleteWebhookEndpointDocument,
    "\n  mutation RotateWebhookSecret($id: ID!, $graceSeconds: Int!) {\n    rotateWebhookSecret(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n": types.RotateWebhookSecretDocument,
    "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      type\n    }\n  }\n": types.SendTestWebhookDocument,
    "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n": types.ResendWebhookDeliveryDocument,
    "\n  mutation RecoverFailedDeliveries($endpointId: ID!, $since: Time!) {\n    recoverFailedDeliveries(endpointId: $endpointId, since: $since)\n  }\n": types.RecoverFailedDeliveriesDocument,
    "\n  query WebhookMessages($first: Int!, $after: String, $filter: WebhookMessageFilter) {\n    webhookMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventType\n          createdAt\n          status\n          attempts {\n            ...DeliveryFields\n          }\n        }\n      }\n    }\n  }\n": types.WebhookMessagesDocument,
    "\n  mutation RetryWebhookDeliveryNow($id: ID!) {\n    retryWebhookDeliveryNow(id: $id) {\n      ...DeliveryFields\n    }\n  }\n": types.RetryWebhookDeliveryNowDocument,
    "\n  query FailedDeliveriesPreview($endpointId: ID!, $since: Time!) {\n    failedDeliveriesPreview(endpointId: $endpointId, since: $since) {\n      count\n      eventTypes\n      oldest\n      newest\n    }\n  }\n": types.FailedDeliveriesPreviewDocument,
    "\n  mutation RevealWebhookSecret($id: ID!, $password: String, $mfaCode: String) {\n    revealWebhookSecret(id: $id, password: $password, mfaCode: $mfaCode) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n": types.RevealWebhookSecretDocument,
    "\n  subscription EndpointChanged($endpointId: ID) {\n    webhookEndpointChanged(endpointId: $endpointId) {\n      ...EndpointFields\n    }\n  }\n": types.EndpointChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    viewer {\n      id\n      email\n      name\n      mfaEnabledAt\n      recoveryCodesLeft\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    viewer {\n      id\n      email\n      name\n      mfaEnabledAt\n      recoveryCodesLeft\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($name: String!) {\n    updateProfile(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BeginMfa {\n    beginMfaEnrollment {\n      secret\n      uri\n      qrCode\n    }\n  }\n"): (typeof documents)["\n  mutation BeginMfa {\n    beginMfaEnrollment {\n      secret\n      uri\n      qrCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfa($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmMfa($code: String!) {\n    confirmMfaEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableMfa($code: String!) {\n    disableMfa(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableMfa($code: String!) {\n    disableMfa(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"): (typeof documents)["\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sessions {\n    sessions {\n      id\n      device\n      ip\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query Sessions {\n    sessions {\n      id\n      device\n      ip\n      signedInAt\n      lastSeenAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountBanners {\n    viewer {\n      id\n      mfaSetupRequired\n      memberships {\n        id\n        tenant {\n          id\n          termsUpToDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountBanners {\n    viewer {\n      id\n      mfaSetupRequired\n      memberships {\n        id\n        tenant {\n          id\n          termsUpToDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id\n    name\n    description\n    industry\n    regulatoryCategory\n    callbackUrls\n    ipAllowlist\n    expectedMonthlyVolume\n    requiredModules\n    status\n    reviewReason\n    reviewedAt\n    archivedAt\n    isDefault\n    createdAt\n    suggestedTier {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on Application {\n    id\n    name\n    description\n    industry\n    regulatoryCategory\n    callbackUrls\n    ipAllowlist\n    expectedMonthlyVolume\n    requiredModules\n    status\n    reviewReason\n    reviewedAt\n    archivedAt\n    isDefault\n    createdAt\n    suggestedTier {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applications($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApplicationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applications($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApplicationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n      allowedScopes\n    }\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n"): (typeof documents)["\n  query Application($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n      allowedScopes\n    }\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingTiers {\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n"): (typeof documents)["\n  query PricingTiers {\n    pricingTiers {\n      id\n      name\n      maxMonthlyVolume\n      monthlyQuota\n      rateLimitPerMinute\n      priceModel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: ApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: ApplicationInput!) {\n    createApplication(input: $input) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...ApplicationFields\n      allowedScopes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplication($id: ID!, $input: ApplicationInput!) {\n    updateApplication(id: $id, input: $input) {\n      ...ApplicationFields\n      allowedScopes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveApplication($id: ID!) {\n    archiveApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveApplication($id: ID!) {\n    archiveApplication(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestProductionAccess($id: ID!) {\n    requestProductionAccess(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestProductionAccess($id: ID!) {\n    requestProductionAccess(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($where: AuditLogWhereInput, $first: Int!, $after: Cursor) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorType\n          actorID\n          actor {\n            kind\n            name\n            email\n            keyPrefix\n          }\n          targetType\n          targetName\n          changes {\n            field\n            from\n            to\n          }\n          targetID\n          ip\n          userAgent\n          metadata\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($where: AuditLogWhereInput, $first: Int!, $after: Cursor) {\n    auditLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          action\n          actorType\n          actorID\n          actor {\n            kind\n            name\n            email\n            keyPrefix\n          }\n          targetType\n          targetName\n          changes {\n            field\n            from\n            to\n          }\n          targetID\n          ip\n          userAgent\n          metadata\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      staffRole\n    }\n    membership {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    expiresAt\n    user {\n      id\n      email\n      name\n      staffRole\n    }\n    membership {\n      id\n      role\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TermsOfService {\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n    }\n  }\n"): (typeof documents)["\n  query TermsOfService {\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n      invitedBy\n      expiresAt\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organizationName\n      role\n      invitedBy\n      expiresAt\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardViewer {\n    viewer {\n      id\n      email\n      name\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n          slug\n          industry\n          kycStatus\n          termsVersion\n          termsAcceptedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardViewer {\n    viewer {\n      id\n      email\n      name\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n          slug\n          industry\n          kycStatus\n          termsVersion\n          termsAcceptedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChecklist {\n    applications(first: 1, where: { isDefault: false }) {\n      totalCount\n    }\n    apiKeys(first: 1) {\n      totalCount\n    }\n    usedKeys: apiKeys(first: 1, where: { lastUsedAtNotNil: true }) {\n      totalCount\n    }\n    webhookEndpoints(first: 1) {\n      totalCount\n    }\n    deliveredEvents: webhookDeliveries(first: 1, where: { status: SUCCEEDED }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DashboardChecklist {\n    applications(first: 1, where: { isDefault: false }) {\n      totalCount\n    }\n    apiKeys(first: 1) {\n      totalCount\n    }\n    usedKeys: apiKeys(first: 1, where: { lastUsedAtNotNil: true }) {\n      totalCount\n    }\n    webhookEndpoints(first: 1) {\n      totalCount\n    }\n    deliveredEvents: webhookDeliveries(first: 1, where: { status: SUCCEEDED }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardActivity($first: Int!) {\n    auditLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          action\n          actorType\n          targetType\n          createdAt\n        }\n      }\n    }\n    requestLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          environment\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardActivity($first: Int!) {\n    auditLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          action\n          actorType\n          targetType\n          createdAt\n        }\n      }\n    }\n    requestLogs(first: $first, orderBy: { field: CREATED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          environment\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on APIKey {\n    id\n    name\n    kind\n    environment\n    prefix\n    last4\n    scopes\n    ipAllowlist\n    allowedOrigins\n    currencyType\n    expiresAt\n    rateLimitPerMinute\n    rotationDueAt\n    lastUsedAt\n    lastUsedIP\n    revokedAt\n    revokedReason\n    graceUntil\n    rotatedTo\n    createdAt\n    state\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on APIKey {\n    id\n    name\n    kind\n    environment\n    prefix\n    last4\n    scopes\n    ipAllowlist\n    allowedOrigins\n    currencyType\n    expiresAt\n    rateLimitPerMinute\n    rotationDueAt\n    lastUsedAt\n    lastUsedIP\n    revokedAt\n    revokedReason\n    graceUntil\n    rotatedTo\n    createdAt\n    state\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n          # Not in ApiKeyFields: only the keys table shows the application,\n          # so only the list asks for it.\n          application {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ApiKeyFields\n          # Not in ApiKeyFields: only the keys table shows the application,\n          # so only the list asks for it.\n          application {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyFormOptions {\n    applications(first: 100, where: { archivedAtIsNil: true }) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n          status\n          industry\n          allowedScopes\n          organization {\n            id\n            kycStatus\n          }\n        }\n      }\n    }\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n    scopes {\n      name\n      description\n      sdkSafe\n    }\n  }\n"): (typeof documents)["\n  query KeyFormOptions {\n    applications(first: 100, where: { archivedAtIsNil: true }) {\n      edges {\n        node {\n          id\n          name\n          isDefault\n          status\n          industry\n          allowedScopes\n          organization {\n            id\n            kycStatus\n          }\n        }\n      }\n    }\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n    scopes {\n      name\n      description\n      sdkSafe\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {\n    updateApiKey(id: $id, input: $input) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApiKey($id: ID!, $input: UpdateApiKeyInput!) {\n    updateApiKey(id: $id, input: $input) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiKey($id: ID!, $gracePeriodSeconds: Int!, $notifyEmails: [String!]) {\n    rotateApiKey(id: $id, gracePeriodSeconds: $gracePeriodSeconds, notifyEmails: $notifyEmails) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiKey($id: ID!, $gracePeriodSeconds: Int!, $notifyEmails: [String!]) {\n    rotateApiKey(id: $id, gracePeriodSeconds: $gracePeriodSeconds, notifyEmails: $notifyEmails) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!, $reason: String) {\n    revokeApiKey(id: $id, reason: $reason) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!, $reason: String) {\n    revokeApiKey(id: $id, reason: $reason) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteApiKey($id: ID!) {\n    deleteApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApiKeyChanged {\n    apiKeyChanged {\n      type\n      apiKeyId\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ApiKeyChanged {\n    apiKeyChanged {\n      type\n      apiKeyId\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyDetail($id: ID!) {\n    apiKey(id: $id) {\n      ...ApiKeyFields\n      application {\n        id\n        name\n      }\n      rateLimit {\n        perMinute\n        source\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyDetail($id: ID!) {\n    apiKey(id: $id) {\n      ...ApiKeyFields\n      application {\n        id\n        name\n      }\n      rateLimit {\n        perMinute\n        source\n        plan {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KeyPlan {\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n  }\n"): (typeof documents)["\n  query KeyPlan {\n    quota {\n      plan {\n        id\n        name\n        rateLimitPerMinute\n        monthlyQuota\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModulesPage {\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          industry\n          requiredModules\n          isDefault\n        }\n      }\n    }\n    modules {\n      id\n      name\n      description\n      scopes\n    }\n    industries {\n      id\n      name\n      presetModules\n      liveRateLimitPerMinute\n    }\n  }\n"): (typeof documents)["\n  query ModulesPage {\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          industry\n          requiredModules\n          isDefault\n        }\n      }\n    }\n    modules {\n      id\n      name\n      description\n      scopes\n    }\n    industries {\n      id\n      name\n      presetModules\n      liveRateLimitPerMinute\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscrowFields on Escrow {\n    id\n    environment\n    status\n    amount\n    currency\n    buyerId\n    sellerId\n    description\n    reference\n    createdAt\n    updatedAt\n    fundedAt\n    releasedAt\n    refundedAt\n    disputedAt\n  }\n"): (typeof documents)["\n  fragment EscrowFields on Escrow {\n    id\n    environment\n    status\n    amount\n    currency\n    buyerId\n    sellerId\n    description\n    reference\n    createdAt\n    updatedAt\n    fundedAt\n    releasedAt\n    refundedAt\n    disputedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisputeFields on Dispute {\n    id\n    environment\n    status\n    reason\n    description\n    escrowId\n    transactionCheckId\n    reference\n    resolutionNote\n    createdAt\n    reviewStartedAt\n    resolvedAt\n  }\n"): (typeof documents)["\n  fragment DisputeFields on Dispute {\n    id\n    environment\n    status\n    reason\n    description\n    escrowId\n    transactionCheckId\n    reference\n    resolutionNote\n    createdAt\n    reviewStartedAt\n    resolvedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escrows($environment: Environment, $status: EscrowStatus, $first: Int!, $after: Cursor) {\n    escrows(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EscrowFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Escrows($environment: Environment, $status: EscrowStatus, $first: Int!, $after: Cursor) {\n    escrows(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EscrowFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Escrow($id: ID!, $environment: Environment) {\n    escrow(id: $id, environment: $environment) {\n      ...EscrowFields\n      disputes {\n        ...DisputeFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Escrow($id: ID!, $environment: Environment) {\n    escrow(id: $id, environment: $environment) {\n      ...EscrowFields\n      disputes {\n        ...DisputeFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Disputes($environment: Environment, $status: DisputeStatus, $first: Int!, $after: Cursor) {\n    disputes(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DisputeFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Disputes($environment: Environment, $status: DisputeStatus, $first: Int!, $after: Cursor) {\n    disputes(environment: $environment, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DisputeFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dispute($id: ID!, $environment: Environment) {\n    dispute(id: $id, environment: $environment) {\n      ...DisputeFields\n      escrow {\n        ...EscrowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dispute($id: ID!, $environment: Environment) {\n    dispute(id: $id, environment: $environment) {\n      ...DisputeFields\n      escrow {\n        ...EscrowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModuleEvents {\n    events(types: [\"escrow.funded\", \"escrow.released\", \"escrow.refunded\", \"dispute.updated\"]) {\n      id\n      type\n    }\n  }\n"): (typeof documents)["\n  subscription ModuleEvents {\n    events(types: [\"escrow.funded\", \"escrow.released\", \"escrow.refunded\", \"dispute.updated\"]) {\n      id\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    targetID\n    link\n    readAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    title\n    body\n    targetID\n    link\n    readAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int!, $after: Cursor) {\n    notifications(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($first: Int!, $after: Cursor) {\n    notifications(first: $first, after: $after, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...NotificationFields\n        }\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OnboardingTenantFields on Tenant {\n    id\n    name\n    industry\n    termsVersion\n    termsAcceptedAt\n    termsIndustry\n    termsUpToDate\n    kycStatus\n    kycLegalName\n    kycRegistrationNumber\n    kycCountry\n    kycAddress\n    kycContactName\n    kycContactEmail\n    kycSubmittedAt\n    kycReviewedAt\n    kycReviewReason\n  }\n"): (typeof documents)["\n  fragment OnboardingTenantFields on Tenant {\n    id\n    name\n    industry\n    termsVersion\n    termsAcceptedAt\n    termsIndustry\n    termsUpToDate\n    kycStatus\n    kycLegalName\n    kycRegistrationNumber\n    kycCountry\n    kycAddress\n    kycContactName\n    kycContactEmail\n    kycSubmittedAt\n    kycReviewedAt\n    kycReviewReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Onboarding {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          ...OnboardingTenantFields\n        }\n      }\n    }\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n      industries {\n        industry\n        name\n        permitted\n        prohibited\n      }\n    }\n    countries {\n      code\n      name\n    }\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          reviewReason\n          reviewedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Onboarding {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          ...OnboardingTenantFields\n        }\n      }\n    }\n    termsOfService {\n      version\n      publishedAt\n      url\n      summary\n      industries {\n        industry\n        name\n        permitted\n        prohibited\n      }\n    }\n    countries {\n      code\n      name\n    }\n    applications(first: 100, where: { archivedAtIsNil: true }, orderBy: { field: CREATED_AT, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n          status\n          reviewReason\n          reviewedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) {\n      ...OnboardingTenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptTerms($version: String!) {\n    acceptTerms(version: $version) {\n      ...OnboardingTenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitKyc($input: SubmitKycInput!) {\n    submitKyc(input: $input) {\n      ...OnboardingTenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitKyc($input: SubmitKycInput!) {\n    submitKyc(input: $input) {\n      ...OnboardingTenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeIndustry($industry: Industry!, $acceptTermsVersion: String!) {\n    changeIndustry(industry: $industry, acceptTermsVersion: $acceptTermsVersion) {\n      ...OnboardingTenantFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeIndustry($industry: Industry!, $acceptTermsVersion: String!) {\n    changeIndustry(industry: $industry, acceptTermsVersion: $acceptTermsVersion) {\n      ...OnboardingTenantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCases($where: StaffVerificationCaseWhere, $first: Int!, $after: Cursor) {\n    staffVerificationCases(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n          updatedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCases($where: StaffVerificationCaseWhere, $first: Int!, $after: Cursor) {\n    staffVerificationCases(first: $first, after: $after, where: $where) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n          updatedAt\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KycQueue($first: Int!, $after: Cursor) {\n    staffTenants(first: $first, after: $after, where: { kycStatus: SUBMITTED }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          industry\n          kycStatus\n          kycLegalName\n          kycRegistrationNumber\n          kycCountry\n          kycAddress\n          kycContactName\n          kycContactEmail\n          kycSubmittedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KycQueue($first: Int!, $after: Cursor) {\n    staffTenants(first: $first, after: $after, where: { kycStatus: SUBMITTED }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          industry\n          kycStatus\n          kycLegalName\n          kycRegistrationNumber\n          kycCountry\n          kycAddress\n          kycContactName\n          kycContactEmail\n          kycSubmittedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductionQueue($first: Int!, $after: Cursor) {\n    staffApplications(first: $first, after: $after, where: { productionStatus: PENDING_REVIEW }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          industry\n          regulatoryCategory\n          expectedMonthlyVolume\n          requiredModules\n          status\n          updatedAt\n          organization {\n            id\n            name\n            kycStatus\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ProductionQueue($first: Int!, $after: Cursor) {\n    staffApplications(first: $first, after: $after, where: { productionStatus: PENDING_REVIEW }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          industry\n          regulatoryCategory\n          expectedMonthlyVolume\n          requiredModules\n          status\n          updatedAt\n          organization {\n            id\n            name\n            kycStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewKyc($tenantId: ID!, $decision: KycDecision!, $reason: String) {\n    reviewKyc(tenantId: $tenantId, decision: $decision, reason: $reason) {\n      id\n      kycStatus\n      kycReviewReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewKyc($tenantId: ID!, $decision: KycDecision!, $reason: String) {\n    reviewKyc(tenantId: $tenantId, decision: $decision, reason: $reason) {\n      id\n      kycStatus\n      kycReviewReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewApplication($id: ID!, $decision: ApplicationDecision!, $reason: String) {\n    reviewApplication(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reviewReason\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewApplication($id: ID!, $decision: ApplicationDecision!, $reason: String) {\n    reviewApplication(id: $id, decision: $decision, reason: $reason) {\n      id\n      status\n      reviewReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReview($caseId: ID!) {\n    startReview(caseId: $caseId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation StartReview($caseId: ID!) {\n    startReview(caseId: $caseId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInformation($caseId: ID!, $items: [RFIItemInput!]!) {\n    requestInformation(caseId: $caseId, items: $items) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInformation($caseId: ID!, $items: [RFIItemInput!]!) {\n    requestInformation(caseId: $caseId, items: $items) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVerification($caseId: ID!, $input: ApproveVerificationInput!) {\n    approveVerification(caseId: $caseId, input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveVerification($caseId: ID!, $input: ApproveVerificationInput!) {\n    approveVerification(caseId: $caseId, input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineVerification($caseId: ID!, $reason: String!) {\n    declineVerification(caseId: $caseId, reason: $reason) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineVerification($caseId: ID!, $reason: String!) {\n    declineVerification(caseId: $caseId, reason: $reason) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignReport($verificationId: ID!) {\n    signReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n"): (typeof documents)["\n  mutation SignReport($verificationId: ID!) {\n    signReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishReport($verificationId: ID!) {\n    publishReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n"): (typeof documents)["\n  mutation PublishReport($verificationId: ID!) {\n    publishReport(verificationId: $verificationId) {\n      id\n      lifecycleStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeReport($verificationId: ID!, $reason: String!) {\n    revokeReport(verificationId: $verificationId, reason: $reason) {\n      id\n      lifecycleStatus\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeReport($verificationId: ID!, $reason: String!) {\n    revokeReport(verificationId: $verificationId, reason: $reason) {\n      id\n      lifecycleStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportDisputed($verificationId: ID!, $disputed: Boolean!, $reason: String!) {\n    setReportDisputed(verificationId: $verificationId, disputed: $disputed, reason: $reason) {\n      id\n      disputed\n    }\n  }\n"): (typeof documents)["\n  mutation SetReportDisputed($verificationId: ID!, $disputed: Boolean!, $reason: String!) {\n    setReportDisputed(verificationId: $verificationId, disputed: $disputed, reason: $reason) {\n      id\n      disputed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisputeQueue($status: DisputeStatus) {\n    staffDisputes(status: $status) {\n      id\n      tenantId\n      environment\n      status\n      reason\n      description\n      escrowId\n      transactionCheckId\n      reference\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query DisputeQueue($status: DisputeStatus) {\n    staffDisputes(status: $status) {\n      id\n      tenantId\n      environment\n      status\n      reason\n      description\n      escrowId\n      transactionCheckId\n      reference\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveDispute($id: ID!, $outcome: DisputeOutcome!, $note: String) {\n    resolveDispute(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveDispute($id: ID!, $outcome: DisputeOutcome!, $note: String) {\n    resolveDispute(id: $id, outcome: $outcome, note: $note) {\n      id\n      status\n      resolutionNote\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      email\n      name\n      mfaEnabledAt\n    }\n  }\n"): (typeof documents)["\n  fragment MemberFields on Membership {\n    id\n    role\n    createdAt\n    user {\n      id\n      email\n      name\n      mfaEnabledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on Invitation {\n    id\n    email\n    role\n    state\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  query Members {\n    members {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  query Invitations {\n    invitations {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationSecurity {\n    viewer {\n      id\n      mfaEnabledAt\n      memberships {\n        id\n        tenant {\n          id\n          requireMfa\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganizationSecurity {\n    viewer {\n      id\n      mfaEnabledAt\n      memberships {\n        id\n        tenant {\n          id\n          requireMfa\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($email: String!, $role: MembershipRole!) {\n    inviteMember(email: $email, role: $role) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($email: String!, $role: MembershipRole!) {\n    inviteMember(email: $email, role: $role) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      ...MemberFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      ...MemberFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequireMfa($require: Boolean!) {\n    setRequireMfa(require: $require) {\n      id\n      requireMfa\n    }\n  }\n"): (typeof documents)["\n  mutation SetRequireMfa($require: Boolean!) {\n    setRequireMfa(require: $require) {\n      id\n      requireMfa\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyMembershipChanged {\n    myMembershipChanged {\n      type\n      membershipId\n      role\n    }\n  }\n"): (typeof documents)["\n  subscription MyMembershipChanged {\n    myMembershipChanged {\n      type\n      membershipId\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganizations {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganizations {\n    viewer {\n      id\n      memberships {\n        id\n        role\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SwitchOrganization($tenantId: ID!) {\n    switchOrganization(tenantId: $tenantId) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SwitchOrganization($tenantId: ID!) {\n    switchOrganization(tenantId: $tenantId) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      ...AuthPayloadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsagePointFields on UsagePoint {\n    time\n    requests\n    errors\n    errorRate\n    p50\n    p95\n    p99\n  }\n"): (typeof documents)["\n  fragment UsagePointFields on UsagePoint {\n    time\n    requests\n    errors\n    errorRate\n    p50\n    p95\n    p99\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UsageBreakdownFields on UsageBreakdown {\n    value\n    requests\n    errors\n    errorRate\n  }\n"): (typeof documents)["\n  fragment UsageBreakdownFields on UsageBreakdown {\n    value\n    requests\n    errors\n    errorRate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Usage($filter: UsageFilter!) {\n    usage(filter: $filter) {\n      from\n      to\n      granularity\n      series {\n        ...UsagePointFields\n      }\n      totals {\n        ...UsagePointFields\n      }\n      byKey {\n        ...UsageBreakdownFields\n      }\n      byRoute {\n        ...UsageBreakdownFields\n      }\n      byStatus {\n        ...UsageBreakdownFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Usage($filter: UsageFilter!) {\n    usage(filter: $filter) {\n      from\n      to\n      granularity\n      series {\n        ...UsagePointFields\n      }\n      totals {\n        ...UsagePointFields\n      }\n      byKey {\n        ...UsageBreakdownFields\n      }\n      byRoute {\n        ...UsageBreakdownFields\n      }\n      byStatus {\n        ...UsageBreakdownFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UsageUpdated($filter: UsageFilter) {\n    usageUpdated(filter: $filter) {\n      at\n      requests\n      errors\n      totals {\n        requests\n        errors\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription UsageUpdated($filter: UsageFilter) {\n    usageUpdated(filter: $filter) {\n      at\n      requests\n      errors\n      totals {\n        requests\n        errors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quota {\n    quota {\n      plan {\n        id\n        name\n        monthlyQuota\n      }\n      period\n      used\n      quota\n    }\n  }\n"): (typeof documents)["\n  query Quota {\n    quota {\n      plan {\n        id\n        name\n        monthlyQuota\n      }\n      period\n      used\n      quota\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageKeyOptions($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          last4\n          state\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageKeyOptions($environment: Environment!, $first: Int!, $after: Cursor) {\n    apiKeys(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          last4\n          state\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageApplicationOptions($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageApplicationOptions($first: Int!, $after: Cursor) {\n    applications(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLogs($where: RequestLogWhereInput, $first: Int!, $after: Cursor) {\n    requestLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          requestID\n          createdAt\n          keyID\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestLogs($where: RequestLogWhereInput, $first: Int!, $after: Cursor) {\n    requestLogs(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          requestID\n          createdAt\n          keyID\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestLogDetail($requestID: String!) {\n    requestLogs(first: 1, where: { requestID: $requestID }) {\n      edges {\n        node {\n          id\n          environment\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          userAgent\n          requestID\n          createdAt\n          keyID\n          requestBody\n          requestBodyTruncated\n          responseBody\n          responseBodyTruncated\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RequestLogDetail($requestID: String!) {\n    requestLogs(first: 1, where: { requestID: $requestID }) {\n      edges {\n        node {\n          id\n          environment\n          method\n          route\n          status\n          errorCode\n          latencyUs\n          clientIP\n          userAgent\n          requestID\n          createdAt\n          keyID\n          requestBody\n          requestBodyTruncated\n          responseBody\n          responseBodyTruncated\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DomainFigures($environment: Environment) {\n    domainFigures(environment: $environment) {\n      from\n      environment\n      transactionChecks {\n        checks\n        approved\n        reviewed\n        declined\n      }\n      fraud {\n        checks\n        flagged\n        confirmedFraud\n        confirmedLegitimate\n        flaggedConfirmedFraud\n        flaggedConfirmedLegitimate\n        precision\n      }\n      disputes {\n        opened\n        resolved\n        won\n        lost\n        winRate\n      }\n      kyc {\n        checks\n        verified\n        rejected\n        review\n        pending\n        passRate\n      }\n      escrowVolume {\n        status\n        currency\n        count\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  query DomainFigures($environment: Environment) {\n    domainFigures(environment: $environment) {\n      from\n      environment\n      transactionChecks {\n        checks\n        approved\n        reviewed\n        declined\n      }\n      fraud {\n        checks\n        flagged\n        confirmedFraud\n        confirmedLegitimate\n        flaggedConfirmedFraud\n        flaggedConfirmedLegitimate\n        precision\n      }\n      disputes {\n        opened\n        resolved\n        won\n        lost\n        winRate\n      }\n      kyc {\n        checks\n        verified\n        rejected\n        review\n        pending\n        passRate\n      }\n      escrowVolume {\n        status\n        currency\n        count\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Billing($environment: Environment) {\n    billing(environment: $environment) {\n      period\n      environment\n      industry\n      pricingModel\n      units {\n        unit\n        quantity\n        currency\n      }\n      lines {\n        description\n        unit\n        quantity\n        amount {\n          amount\n          currency\n        }\n      }\n      estimatedCharge {\n        amount\n        currency\n      }\n      otherCharges {\n        amount\n        currency\n      }\n    }\n  }\n"): (typeof documents)["\n  query Billing($environment: Environment) {\n    billing(environment: $environment) {\n      period\n      environment\n      industry\n      pricingModel\n      units {\n        unit\n        quantity\n        currency\n      }\n      lines {\n        description\n        unit\n        quantity\n        amount {\n          amount\n          currency\n        }\n      }\n      estimatedCharge {\n        amount\n        currency\n      }\n      otherCharges {\n        amount\n        currency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseSummaryFields on VerificationCase {\n    id\n    verificationID\n    supplierName\n    countryCode\n    tier\n    package\n    status\n    state\n    environment\n    clientReference\n    createdAt\n  }\n"): (typeof documents)["\n  fragment CaseSummaryFields on VerificationCase {\n    id\n    verificationID\n    supplierName\n    countryCode\n    tier\n    package\n    status\n    state\n    environment\n    clientReference\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseSummaryFields\n    contactEmail\n    createdVia\n    trustScore\n    riskBand\n    decidedAt\n    declineReason\n    updatedAt\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      actor\n      reason\n      createdAt\n    }\n    rfiItems {\n      id\n      kind\n      documentKind\n      message\n      status\n      answer\n      documentID\n      answeredAt\n      createdAt\n    }\n    documents {\n      id\n      kind\n      filename\n      storagePath\n      sha256\n      status\n      rfiItemID\n      createdAt\n    }\n    report {\n      id\n      lifecycleStatus\n      trustScore\n      riskBand\n      controls\n      demo\n      disputed\n      disputeReason\n      signedAt\n      validUntil\n      publishedAt\n      revokedAt\n      revokeReason\n      digest\n      signature\n      keyID\n      verifyURL\n      pdfURL\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetailFields on VerificationCase {\n    ...CaseSummaryFields\n    contactEmail\n    createdVia\n    trustScore\n    riskBand\n    decidedAt\n    declineReason\n    updatedAt\n    timeline {\n      id\n      action\n      fromStatus\n      toStatus\n      actor\n      reason\n      createdAt\n    }\n    rfiItems {\n      id\n      kind\n      documentKind\n      message\n      status\n      answer\n      documentID\n      answeredAt\n      createdAt\n    }\n    documents {\n      id\n      kind\n      filename\n      storagePath\n      sha256\n      status\n      rfiItemID\n      createdAt\n    }\n    report {\n      id\n      lifecycleStatus\n      trustScore\n      riskBand\n      controls\n      demo\n      disputed\n      disputeReason\n      signedAt\n      validUntil\n      publishedAt\n      revokedAt\n      revokeReason\n      digest\n      signature\n      keyID\n      verifyURL\n      pdfURL\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCases($where: VerificationCaseWhereInput, $first: Int!, $after: Cursor) {\n    verificationCases(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerificationCases($where: VerificationCaseWhereInput, $first: Int!, $after: Cursor) {\n    verificationCases(first: $first, after: $after, where: $where, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CaseSummaryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  query VerificationCase($id: ID!) {\n    verificationCase(id: $id) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VerificationChanged($caseId: ID) {\n    verificationChanged(caseId: $caseId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  subscription VerificationChanged($caseId: ID) {\n    verificationChanged(caseId: $caseId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVerificationCase($input: CreateVerificationCaseInput!) {\n    createVerificationCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVerificationCase($input: CreateVerificationCaseInput!) {\n    createVerificationCase(input: $input) {\n      ...CaseSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachDocument($caseId: ID!, $input: AttachDocumentInput!) {\n    attachDocument(caseId: $caseId, input: $input) {\n      id\n      kind\n      filename\n      rfiItemID\n    }\n  }\n"): (typeof documents)["\n  mutation AttachDocument($caseId: ID!, $input: AttachDocumentInput!) {\n    attachDocument(caseId: $caseId, input: $input) {\n      id\n      kind\n      filename\n      rfiItemID\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerRfiItem($itemId: ID!, $text: String!) {\n    answerRfiItem(itemId: $itemId, text: $text) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerRfiItem($itemId: ID!, $text: String!) {\n    answerRfiItem(itemId: $itemId, text: $text) {\n      id\n      status\n      answer\n      answeredAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceSandboxCase($caseId: ID!, $to: String!) {\n    advanceSandboxCase(caseId: $caseId, to: $to) {\n      ...CaseDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AdvanceSandboxCase($caseId: ID!, $to: String!) {\n    advanceSandboxCase(caseId: $caseId, to: $to) {\n      ...CaseDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShareTokenFields on ShareToken {\n    id\n    prefix\n    status\n    fields\n    maxUses\n    uses\n    usesRemaining\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment ShareTokenFields on ShareToken {\n    id\n    prefix\n    status\n    fields\n    maxUses\n    uses\n    usesRemaining\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareTokens($caseId: ID!) {\n    shareTokens(first: 50, where: { hasCaseWith: [{ id: $caseId }] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ShareTokenFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareTokens($caseId: ID!) {\n    shareTokens(first: 50, where: { hasCaseWith: [{ id: $caseId }] }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ShareTokenFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareTokenAttempts($id: ID!) {\n    shareTokens(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          id\n          uses\n          status\n          attempts(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                createdAt\n                outcome\n                ip\n                domain\n                userAgent\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareTokenAttempts($id: ID!) {\n    shareTokens(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          id\n          uses\n          status\n          attempts(first: 50, orderBy: { field: CREATED_AT, direction: DESC }) {\n            totalCount\n            edges {\n              node {\n                id\n                createdAt\n                outcome\n                ip\n                domain\n                userAgent\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareToken($input: CreateShareTokenInput!) {\n    createShareToken(input: $input) {\n      token\n      shareToken {\n        ...ShareTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShareToken($input: CreateShareTokenInput!) {\n    createShareToken(input: $input) {\n      token\n      shareToken {\n        ...ShareTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareToken($id: ID!) {\n    revokeShareToken(id: $id) {\n      ...ShareTokenFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeShareToken($id: ID!) {\n    revokeShareToken(id: $id) {\n      ...ShareTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    environment\n    eventTypes\n    status\n    disabledReason\n    failingSince\n    previousSecretExpiresAt\n    deletedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EndpointFields on WebhookEndpoint {\n    id\n    url\n    description\n    environment\n    eventTypes\n    status\n    disabledReason\n    failingSince\n    previousSecretExpiresAt\n    deletedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeliveryFields on WebhookDelivery {\n    id\n    eventID\n    eventType\n    attempt\n    trigger\n    status\n    scheduledAt\n    attemptedAt\n    responseStatus\n    durationMs\n    errorMessage\n    nextRetryAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DeliveryFields on WebhookDelivery {\n    id\n    eventID\n    eventType\n    attempt\n    trigger\n    status\n    scheduledAt\n    attemptedAt\n    responseStatus\n    durationMs\n    errorMessage\n    nextRetryAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints($environment: Environment!, $first: Int!, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EndpointFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints($environment: Environment!, $first: Int!, $after: Cursor) {\n    webhookEndpoints(first: $first, after: $after, where: { environment: $environment }, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...EndpointFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventTypes {\n    eventTypes {\n      name\n      description\n    }\n  }\n"): (typeof documents)["\n  query EventTypes {\n    eventTypes {\n      name\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoint($id: ID!) {\n    node(id: $id) {\n      id\n      ... on WebhookEndpoint {\n        ...EndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoint($id: ID!) {\n    node(id: $id) {\n      id\n      ... on WebhookEndpoint {\n        ...EndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: Cursor) {\n    webhookDeliveries(\n      first: $first\n      after: $after\n      where: { hasEndpointWith: { id: $endpointId } }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeliveryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpointId: ID!, $first: Int!, $after: Cursor) {\n    webhookDeliveries(\n      first: $first\n      after: $after\n      where: { hasEndpointWith: { id: $endpointId } }\n      orderBy: { field: CREATED_AT, direction: DESC }\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...DeliveryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveryDetail($id: ID!) {\n    webhookDeliveries(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          ...DeliveryFields\n          requestHeaders\n          requestBody\n          responseExcerpt\n          endpoint {\n            id\n            deletedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveryDetail($id: ID!) {\n    webhookDeliveries(first: 1, where: { id: $id }) {\n      edges {\n        node {\n          ...DeliveryFields\n          requestHeaders\n          requestBody\n          responseExcerpt\n          endpoint {\n            id\n            deletedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeliveryLogged($endpointId: ID) {\n    webhookDeliveryLogged(endpointId: $endpointId) {\n      ...DeliveryFields\n    }\n  }\n"): (typeof documents)["\n  subscription DeliveryLogged($endpointId: ID) {\n    webhookDeliveryLogged(endpointId: $endpointId) {\n      ...DeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...EndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(id: $id, input: $input) {\n      ...EndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation DisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) {\n      ...EndpointFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateWebhookSecret($id: ID!, $graceSeconds: Int!) {\n    rotateWebhookSecret(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateWebhookSecret($id: ID!, $graceSeconds: Int!) {\n    rotateWebhookSecret(id: $id, graceSeconds: $graceSeconds) {\n      secret\n      endpoint {\n        ...EndpointFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      type\n    }\n  }\n"): (typeof documents)["\n  mutation SendTestWebhook($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) {\n      id\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendWebhookDelivery($id: ID!) {\n    resendWebhookDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecoverFailedDeliveries($endpointId: ID!, $since: Time!) {\n    recoverFailedDeliveries(endpointId: $endpointId, since: $since)\n  }\n"): (typeof documents)["\n  mutation RecoverFailedDeliveries($endpointId: ID!, $since: Time!) {\n    recoverFailedDeliveries(endpointId: $endpointId, since: $since)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookMessages($first: Int!, $after: String, $filter: WebhookMessageFilter) {\n    webhookMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventType\n          createdAt\n          status\n          attempts {\n            ...DeliveryFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookMessages($first: Int!, $after: String, $filter: WebhookMessageFilter) {\n    webhookMessages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          eventType\n          createdAt\n          status\n          attempts {\n            ...DeliveryFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryWebhookDeliveryNow($id: ID!) {\n    retryWebhookDeliveryNow(id: $id) {\n      ...DeliveryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryWebhookDeliveryNow($id: ID!) {\n    retryWebhookDeliveryNow(id: $id) {\n      ...DeliveryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FailedDeliveriesPreview($endpointId: ID!, $since: Time!) {\n    failedDeliveriesPreview(endpointId: $endpointId, since: $since) {\n      count\n      eventTypes\n      oldest\n      newest\n    }\n  }\n"): (typeof documents)["\n  query FailedDeliveriesPreview($endpointId: ID!, $since: Time!) {\n    failedDeliveriesPreview(endpointId: $endpointId, since: $since) {\n      count\n      eventTypes\n      oldest\n      newest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealWebhookSecret($id: ID!, $password: String, $mfaCode: String) {\n    revealWebhookSecret(id: $id, password: $password, mfaCode: $mfaCode) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealWebhookSecret($id: ID!, $password: String, $mfaCode: String) {\n    revealWebhookSecret(id: $id, password: $password, mfaCode: $mfaCode) {\n      secret\n      endpoint {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EndpointChanged($endpointId: ID) {\n    webhookEndpointChanged(endpointId: $endpointId) {\n      ...EndpointFields\n    }\n  }\n"): (typeof documents)["\n  subscription EndpointChanged($endpointId: ID) {\n    webhookEndpointChanged(endpointId: $endpointId) {\n      ...EndpointFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;