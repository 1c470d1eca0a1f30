import { createHashRouter, Navigate, RouterProvider } from 'react-router-dom';
import type { ReactNode } from 'react';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage, RouteErrorPage } from './NotFoundPage';
import type { AreaKey } from './areas';
import { RequireArea } from './RequireArea';
import { lazyPage } from './lazy-page';

// Each page is its own chunk, loaded when its route first opens (the log-in screen loads none of them).
const AuditPage = lazyPage(() => import('../features/audit/pages/AuditPage'), 'AuditPage');
const CareDayPage = lazyPage(() => import('../features/carenotes/pages/CareDayPage'), 'CareDayPage');
const CensusReportPage = lazyPage(() => import('../features/reports/pages/CensusReportPage'), 'CensusReportPage');
const ReportsPage = lazyPage(() => import('../features/reports/pages/ReportsPage'), 'ReportsPage');
const ResidentDetailPage = lazyPage(() => import('../features/residents/pages/ResidentDetailPage'), 'ResidentDetailPage');
const ResidentFormPage = lazyPage(() => import('../features/residents/pages/ResidentFormPage'), 'ResidentFormPage');
const ResidentsListPage = lazyPage(() => import('../features/residents/pages/ResidentsListPage'), 'ResidentsListPage');
const BudgetPage = lazyPage(() => import('../features/budget/pages/BudgetPage'), 'BudgetPage');
const MealsPage = lazyPage(() => import('../features/meals/pages/MealsPage'), 'MealsPage');
const MedicinePage = lazyPage(() => import('../features/medicine/pages/MedicinePage'), 'MedicinePage');
const BudgetImportPage = lazyPage(() => import('../features/budget/pages/ImportPage'), 'ImportPage');
const ProgrammePage = lazyPage(() => import('../features/training/pages/ProgrammePage'), 'ProgrammePage');
const TrainingPage = lazyPage(() => import('../features/training/pages/TrainingPage'), 'TrainingPage');
const DashboardPage = lazyPage(() => import('../features/dashboard/pages/DashboardPage'), 'DashboardPage');
const ExitDetailPage = lazyPage(() => import('../features/exits/pages/ExitDetailPage'), 'ExitDetailPage');
const ExitFormPage = lazyPage(() => import('../features/exits/pages/ExitFormPage'), 'ExitFormPage');
const ExitsPage = lazyPage(() => import('../features/exits/pages/ExitsPage'), 'ExitsPage');
const ExitsReportPage = lazyPage(() => import('../features/exits/pages/ExitsReportPage'), 'ExitsReportPage');
const ApplicationFormPage = lazyPage(() => import('../features/intake/pages/ApplicationFormPage'), 'ApplicationFormPage');
const ApplicationPage = lazyPage(() => import('../features/intake/pages/ApplicationPage'), 'ApplicationPage');
const IntakePage = lazyPage(() => import('../features/intake/pages/IntakePage'), 'IntakePage');
const RoundPage = lazyPage(() => import('../features/intake/pages/RoundPage'), 'RoundPage');
const SettingsPage = lazyPage(() => import('../features/settings/pages/SettingsPage'), 'SettingsPage');

// The index route comes with the router: the dashboard is the first page after log-in.
DashboardPage.preload();

const inArea = (area: AreaKey, page: ReactNode) => <RequireArea area={area}>{page}</RequireArea>;

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
      { path: 'intake', element: <Navigate to="/intake/applicants" replace /> },
      { path: 'intake/applicants/new', element: inArea('intake', <ApplicationFormPage />) },
      { path: 'intake/applicants/:id/edit', element: inArea('intake', <ApplicationFormPage />) },
      { path: 'intake/applicants/:id', element: inArea('intake', <ApplicationPage />) },
      { path: 'intake/rounds/:id', element: inArea('intake', <RoundPage />) },
      { path: 'intake/:tab', element: inArea('intake', <IntakePage />) },
      { path: 'residents', element: inArea('residents', <ResidentsListPage />) },
      { path: 'residents/new', element: inArea('residents', <ResidentFormPage />) },
      { path: 'residents/:id/edit', element: inArea('residents', <ResidentFormPage />) },
      { path: 'residents/:id', element: <Navigate to="profile" replace /> },
      { path: 'residents/:id/:tab', element: inArea('residents', <ResidentDetailPage />) },
      { path: 'care-notes', element: inArea('careNotes', <CareDayPage />) },
      { path: 'meals', element: inArea('meals', <MealsPage />) },
      { path: 'meals/:tab', element: inArea('meals', <MealsPage />) },
      { path: 'meals/:tab/:id', element: inArea('meals', <MealsPage />) },
      { path: 'medicine', element: <Navigate to="/medicine/overview" replace /> },
      { path: 'medicine/:tab', element: inArea('medicine', <MedicinePage />) },
      { path: 'medicine/:tab/:id', element: inArea('medicine', <MedicinePage />) },
      { path: 'training', element: <Navigate to="/training/programmes" replace /> },
      { path: 'training/programmes/:id', element: inArea('training', <ProgrammePage />) },
      { path: 'training/:tab', element: inArea('training', <TrainingPage />) },
      { path: 'budget', element: <Navigate to="/budget/overview" replace /> },
      { path: 'budget/import', element: inArea('budget', <BudgetImportPage />) },
      { path: 'budget/:tab', element: inArea('budget', <BudgetPage />) },
      { path: 'budget/:tab/:id', element: inArea('budget', <BudgetPage />) },
      { path: 'exits', element: inArea('exits', <ExitsPage />) },
      { path: 'exits/report', element: inArea('exits', <ExitsReportPage />) },
      { path: 'exits/new/:kind', element: inArea('exits', <ExitFormPage />) },
      { path: 'exits/repatriations/:id', element: inArea('exits', <ExitDetailPage />) },
      { path: 'exits/funerals/:id', element: inArea('exits', <ExitDetailPage />) },
      { path: 'reports', element: inArea('reports', <ReportsPage />) },
      { path: 'reports/census', element: inArea('reports', <CensusReportPage />) },
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

/** The signed-in app: loaded by Boot only after log-in, so the log-in screen carries no router or page code. */
export function AppRouter() {
  return <RouterProvider router={router} />;
}
