import { graphql } from '../gql';

export const AccountQuery = graphql(`
  query Account {
    viewer {
      id
      email
      name
      mfaEnabledAt
      recoveryCodesLeft
    }
  }
`);

export const UpdateProfileMutation = graphql(`
  mutation UpdateProfile($name: String!) {
    updateProfile(name: $name) {
      id
      name
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const RequestEmailChangeMutation = graphql(`
  mutation RequestEmailChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);

export const BeginMfaMutation = graphql(`
  mutation BeginMfa {
    beginMfaEnrollment {
      secret
      uri
      qrCode
    }
  }
`);

export const ConfirmMfaMutation = graphql(`
  mutation ConfirmMfa($code: String!) {
    confirmMfaEnrollment(code: $code)
  }
`);

export const DisableMfaMutation = graphql(`
  mutation DisableMfa($code: String!) {
    disableMfa(code: $code)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code)
  }
`);

export const SessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      device
      ip
      signedInAt
      lastSeenAt
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id)
  }
`);

export const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const AccountBannersQuery = graphql(`
  query AccountBanners {
    viewer {
      id
      mfaSetupRequired
      memberships {
        id
        tenant {
          id
          termsUpToDate
        }
      }
    }
  }
`);
