import { createHashRouter, Navigate } from 'react-router-dom';
import type { ReactNode } from 'react';
import { AuditPage } from '../features/audit/pages/AuditPage';
import { CareDayPage } from '../features/carenotes/pages/CareDayPage';
import { CensusReportPage } from '../features/reports/pages/CensusReportPage';
import { ReportsPage } from '../features/reports/pages/ReportsPage';
import { ResidentDetailPage } from '../features/residents/pages/ResidentDetailPage';
import { ResidentFormPage } from '../features/residents/pages/ResidentFormPage';
import { ResidentsListPage } from '../features/residents/pages/ResidentsListPage';
import { BudgetPage } from '../features/budget/pages/BudgetPage';
import { MealsPage } from '../features/meals/pages/MealsPage';
import { MedicinePage } from '../features/medicine/pages/MedicinePage';
import { ImportPage as BudgetImportPage } from '../features/budget/pages/ImportPage';
import { ProgrammePage } from '../features/training/pages/ProgrammePage';
import { TrainingPage } from '../features/training/pages/TrainingPage';
import { DashboardPage } from '../features/dashboard/pages/DashboardPage';
import { ExitDetailPage } from '../features/exits/pages/ExitDetailPage';
import { ExitFormPage } from '../features/exits/pages/ExitFormPage';
import { ExitsPage } from '../features/exits/pages/ExitsPage';
import { ExitsReportPage } from '../features/exits/pages/ExitsReportPage';
import { ApplicationFormPage } from '../features/intake/pages/ApplicationFormPage';
import { ApplicationPage } from '../features/intake/pages/ApplicationPage';
import { IntakePage } from '../features/intake/pages/IntakePage';
import { RoundPage } from '../features/intake/pages/RoundPage';
import { SettingsPage } from '../features/settings/pages/SettingsPage';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage, RouteErrorPage } from './NotFoundPage';
import type { AreaKey } from './areas';
import { RequireArea } from './RequireArea';


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
