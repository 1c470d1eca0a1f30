import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { HomeProfileCard } from '../components/HomeProfileCard';
import { LastBackupCard } from '../components/LastBackupCard';
import { PendingExitsCard } from '../components/PendingExitsCard';
import { RecentAuditCard } from '../components/RecentAuditCard';
import { SignedInCard } from '../components/SignedInCard';
import { IntakeCard } from '../../intake/components/IntakeCard';
import { MedicineDashboardCard } from '../../medicine/components/MedicineDashboardCard';
import { useActiveHomeProfile, useLastBackup, useRecentAudit } from '../hooks';
import { homeToday } from '../../../lib/home-clock';

/** Only what exists: the home's profile, who is signed in, the last backup and recent changes. */
export function DashboardPage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const role = session.user.role;
  const isAdmin = role === 'admin' || role === 'province_admin';
  const seesAudit = isAdmin || role === 'head';
  const home = useActiveHomeProfile(session.activeHome?.id ?? null);
  const backup = useLastBackup(isAdmin);
  const audit = useRecentAudit(seesAudit);

  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.greeting', { name: session.user.fullName, date: formatDate(homeToday()) })}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <PendingExitsCard />
            <HomeProfileCard home={home.data} loading={home.isLoading} canEdit={isAdmin} />
            {seesAudit ? <RecentAuditCard rows={audit.data?.rows} loading={audit.isLoading} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            {['admin', 'head', 'caregiver', 'finance'].includes(role) ? <MedicineDashboardCard /> : null}
            <SignedInCard session={session} />
            {session.activeHome && role !== 'finance' ? <IntakeCard /> : null}
            {isAdmin ? <LastBackupCard last={backup.data?.last} loading={backup.isLoading} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
