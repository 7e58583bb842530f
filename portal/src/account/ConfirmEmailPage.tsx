import { Alert, Anchor, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { actionErrorMessage } from '../app/graphqlErrors';
import { usePageTitle } from '../app/pageTitle';
import { AuthCard } from '../auth/AuthCard';
import { ConfirmEmailChangeMutation } from '../auth/documents';

/** Opens from the confirmation email (?token=…) and applies the new address once. */
export function ConfirmEmailPage() {
  usePageTitle('Confirm your email address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [{ data, error, fetching }, confirm] = useMutation(ConfirmEmailChangeMutation);
  const sent = useRef(false);
  useEffect(() => {
    if (token && !sent.current) {
      sent.current = true;
      void confirm({ token });
    }
  }, [token, confirm]);
  return (
    <AuthCard title="Confirm your email address">
      {!token ? (
        <Alert color="red" role="alert">
          This page opens from the link in a confirmation email.
        </Alert>
      ) : data ? (
        <Alert color="green" role="status" title="Your email address was changed">
          You now log in as {data.confirmEmailChange.email}.{' '}
          <Anchor component={Link} to="/account">
            Back to your account
          </Anchor>
        </Alert>
      ) : error ? (
        <Alert color="red" role="alert" title="The address could not be confirmed">
          {actionErrorMessage(error)}
        </Alert>
      ) : (
        fetching && <Loader aria-label="Confirming…" />
      )}
    </AuthCard>
  );
}
