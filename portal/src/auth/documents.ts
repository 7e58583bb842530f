import { graphql } from '../gql';

// What every authentication mutation returns; the session keeps it so the
// header can greet the user and pages know the organization and role. The
// refresh token is never asked for: a browser gets it as an HttpOnly cookie.
export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    expiresAt
    user {
      id
      email
      name
    }
    membership {
      id
      role
      tenant {
        id
        name
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      ...AuthPayloadFields
    }
  }
`);

export const TermsOfServiceQuery = graphql(`
  query TermsOfService {
    termsOfService {
      version
      publishedAt
      url
      summary
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organizationName
      role
      invitedBy
      expiresAt
      accountExists
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      ...AuthPayloadFields
    }
  }
`);

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      id
      email
    }
  }
`);
