import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { SessionProvider } from '../auth/SessionProvider';
import { routes } from './routes';
import { cssVariablesResolver, theme } from './theme';

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Bottom right: a toast there never covers the header (log out, the
          bell) or the close button at the top of a drawer or dialog. */}
      <Notifications position="bottom-right" />
      <SessionProvider>
        <RouterProvider router={router} />
      </SessionProvider>
    </MantineProvider>
  );
}
