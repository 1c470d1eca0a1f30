import { createHashRouter, Navigate } from 'react-router-dom';
import { AuditPage } from '../features/audit/pages/AuditPage';
import { DashboardPage } from '../features/dashboard/pages/DashboardPage';
import { NotBuiltPage } from '../features/modules/pages/NotBuiltPage';
import { SettingsPage } from '../features/settings/pages/SettingsPage';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage, RouteErrorPage } from './NotFoundPage';
import { RequireArea } from './RequireArea';

const notBuilt = ['intake', 'residents', 'meals', 'medicine', 'careNotes', 'training', 'exits', 'budget', 'reports'] as const;
const paths: Record<(typeof notBuilt)[number], string> = {
  intake: 'intake',
  residents: 'residents',
  meals: 'meals',
  medicine: 'medicine',
  careNotes: 'care-notes',
  training: 'training',
  exits: 'exits',
  budget: 'budget',
  reports: 'reports',
};

/**
 * Hash routing: the desktop app loads the UI from a custom protocol, where only the hash is ours.
 * The router only runs inside a signed-in, unlocked session (see Boot).
 */
export const router = createHashRouter([
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <DashboardPage /> },
      ...notBuilt.map((key) => ({
        path: paths[key],
        element: (
          <RequireArea area={key}>
            <NotBuiltPage area={key} />
          </RequireArea>
        ),
      })),
      {
        path: 'audit',
        element: (
          <RequireArea area="audit">
            <AuditPage />
          </RequireArea>
        ),
      },
      { path: 'settings', element: <Navigate to="/settings/profile" replace /> },
      {
        path: 'settings/:tab',
        element: (
          <RequireArea area="settings">
            <SettingsPage />
          </RequireArea>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
