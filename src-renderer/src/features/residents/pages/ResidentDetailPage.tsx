import { Anchor, Center, Group, Loader, Tabs } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconClipboardList, IconFiles, IconHeartbeat, IconHistory, IconNotes, IconSchool, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { CaseFileTab } from '../../casefile/components/CaseFileTab';
import { ResidentCareTab } from '../../carenotes/components/ResidentCareTab';
import { DocumentsTab } from '../../documents/components/DocumentsTab';
import { HealthTab } from '../../medicine/components/HealthTab';
import { ResidentTrainingTab } from '../../training/components/ResidentTrainingTab';
import { useCurrentSession } from '../../auth/hooks';
import { ProfileTab } from '../components/ProfileTab';
import { ResidentHeader } from '../components/ResidentHeader';
import { StatusHistoryTab } from '../components/StatusHistoryTab';
import { residentQuery } from '../hooks';
import { residentPermissions } from '../permissions';

const TABS = ['profile', 'documents', 'casefile', 'care', 'health', 'training', 'history'] as const;
type Tab = (typeof TABS)[number];

const ICONS = { profile: IconUser, documents: IconFiles, casefile: IconClipboardList, care: IconNotes, health: IconHeartbeat, training: IconSchool, history: IconHistory } as const;

/** A resident's file: the header card and its tabs, each tab in the address. */
export function ResidentDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const params = useParams();
  const id = Number(params.id);
  const can = residentPermissions(useCurrentSession().user.role);
  const resident = useQuery({ ...residentQuery(id), staleTime: 10_000 });
  const wide = useMediaQuery('(min-width: 75em)', true);

  if (!TABS.includes(params.tab as Tab)) return <Navigate to={`/residents/${params.id}/profile`} replace />;
  const tab = params.tab as Tab;

  const back = (
    <Anchor component={Link} to="/residents" size="sm" c="dimmed" mb="sm" display="inline-block">
      <Group gap={4} wrap="nowrap">
        <IconArrowLeft size={14} />
        {t('residents.detail.back')}
      </Group>
    </Anchor>
  );

  if (resident.isLoading) {
    return (
      <>
        {back}
        <Center h={320}>
          <Loader size="sm" />
        </Center>
      </>
    );
  }
  if (!resident.data) {
    return (
      <>
        {back}
        <FormAlert title={t('residents.detail.loadError')} messages={[resident.error?.message ?? t('residents.form.notFound')]} />
      </>
    );
  }
  const r = resident.data;

  return (
    <>
      {back}
      <ResidentHeader resident={r} canDecide={can.canDecideExit} />
      <Tabs value={tab} onChange={(v) => v && navigate(`/residents/${r.id}/${v}`)} keepMounted={false} variant="outline" radius="md">
        <Tabs.List mb="lg">
          {TABS.map((key) => {
            const Icon = ICONS[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={wide ? <Icon size={16} /> : undefined}>
                {key === 'training' ? t('training.resident.tab') : t(`residents.detail.tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="profile">
          <ProfileTab resident={r} />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <DocumentsTab resident={r} />
        </Tabs.Panel>
        <Tabs.Panel value="casefile">
          <CaseFileTab resident={r} />
        </Tabs.Panel>
        <Tabs.Panel value="care">
          <ResidentCareTab resident={r} />
        </Tabs.Panel>
        <Tabs.Panel value="health">
          <HealthTab residentId={r.id} />
        </Tabs.Panel>
        <Tabs.Panel value="training">
          <ResidentTrainingTab resident={r} />
        </Tabs.Panel>
        <Tabs.Panel value="history">
          <StatusHistoryTab resident={r} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
