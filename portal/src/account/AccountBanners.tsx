import { Alert, Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { canAdminister } from '../auth/session';
import { useMembership, useSession } from '../auth/SessionContext';
import { AccountBannersQuery } from './documents';

/**
 * What the signed-in user must do before anything else: set up the second
 * factor their organization requires, or accept a new version of the terms
 * (existing keys keep working; new live keys wait for it).
 */
export function AccountBanners() {
  const { state } = useSession();
  const membership = useMembership();
  const [{ data }] = useQuery({ query: AccountBannersQuery, requestPolicy: 'cache-and-network' });
  const viewer = data?.viewer;
  if (!viewer) return null;
  if (viewer.mfaSetupRequired) {
    return (
      <Alert color="red" title="Two-factor authentication is required" mb="md" role="alert">
        Your organization requires it of every member. Until you{' '}
        <Anchor component={Link} to="/account#mfa">
          set it up in Account settings
        </Anchor>
        , you cannot see or change anything of the organization.
      </Alert>
    );
  }
  const tenant = viewer.memberships?.find((m) => m.tenant.id === membership?.tenant.id)?.tenant;
  if (tenant && !tenant.termsUpToDate) {
    return (
      <Alert color="yellow" title="New API Terms of Service" mb="md" role="status">
        Your existing keys keep working.{' '}
        {canAdminister(state) ? (
          <>
            <Anchor component={Link} to="/onboarding">
              Accept the new version
            </Anchor>{' '}
            before creating live keys.
          </>
        ) : (
          'An owner or admin needs to accept the new version before new live keys can be created.'
        )}
      </Alert>
    );
  }
  return null;
}
