import { graphql } from '../gql';

export const MemberFields = graphql(`
  fragment MemberFields on Membership {
    id
    role
    createdAt
    user {
      id
      email
      name
      mfaEnabledAt
    }
  }
`);

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    state
    expiresAt
    createdAt
    invitedBy {
      id
      name
    }
  }
`);

export const MembersQuery = graphql(`
  query Members {
    members {
      ...MemberFields
    }
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      ...InvitationFields
    }
  }
`);

export const OrganizationSecurityQuery = graphql(`
  query OrganizationSecurity {
    viewer {
      id
      mfaEnabledAt
      memberships {
        id
        tenant {
          id
          requireMfa
        }
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($email: String!, $role: MembershipRole!) {
    inviteMember(email: $email, role: $role) {
      ...InvitationFields
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      ...InvitationFields
    }
  }
`);

export const ChangeMemberRoleMutation = graphql(`
  mutation ChangeMemberRole($membershipId: ID!, $role: MembershipRole!) {
    changeMemberRole(membershipId: $membershipId, role: $role) {
      ...MemberFields
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);

export const SetRequireMfaMutation = graphql(`
  mutation SetRequireMfa($require: Boolean!) {
    setRequireMfa(require: $require) {
      id
      requireMfa
    }
  }
`);

export const MyMembershipChangedSubscription = graphql(`
  subscription MyMembershipChanged {
    myMembershipChanged {
      type
      membershipId
      role
    }
  }
`);

export const MyOrganizationsQuery = graphql(`
  query MyOrganizations {
    viewer {
      id
      memberships {
        id
        role
        tenant {
          id
          name
        }
      }
    }
  }
`);

export const SwitchOrganizationMutation = graphql(`
  mutation SwitchOrganization($tenantId: ID!) {
    switchOrganization(tenantId: $tenantId) {
      ...AuthPayloadFields
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...AuthPayloadFields
    }
  }
`);
