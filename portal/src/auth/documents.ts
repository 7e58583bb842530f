import { graphql } from '../gql';

// The user fields every authentication mutation returns; the session keeps
// them so the header can greet the user before the dashboard loads, and so
// platform staff land on the operations console (their role is renewed with
// every refresh).
export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    refreshToken
    expiresAt
    user {
      id
      email
      name
      staffRole
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

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut($refreshToken: String) {
    logOut(refreshToken: $refreshToken)
  }
`);

export const TermsOfServiceQuery = graphql(`
  query TermsOfService {
    termsOfService {
      version
      publishedAt
      url
    }
  }
`);
