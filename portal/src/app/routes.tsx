import type { RouteObject } from 'react-router';
import { LogInPage } from '../auth/LogInPage';
import { RedirectIfAuthenticated, RequireAuth } from '../auth/RequireAuth';
import { SignUpPage } from '../auth/SignUpPage';
import { DashboardPage } from '../dashboard/DashboardPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

// Paths are real URLs: the Go server answers any non-API path with index.html.
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    children: [
      {
        element: <RequireAuth />,
        children: [{ index: true, element: <DashboardPage /> }],
      },
      {
        element: <RedirectIfAuthenticated />,
        children: [
          { path: 'login', element: <LogInPage /> },
          { path: 'signup', element: <SignUpPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
