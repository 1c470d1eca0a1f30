import { Tabs, ThemeIcon } from '@mantine/core';
import { IconAdjustments, IconBuildingCommunity, IconBuildingEstate, IconDatabaseExport, IconSettings, IconStairs, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { StagesSettings } from '../../casefile/components/StagesSettings';
import { HomesTab } from '../../homes/components/HomesTab';
import { BackupsTab } from '../components/BackupsTab';
import { PreferencesTab } from '../components/PreferencesTab';
import { ProfileTab } from '../components/ProfileTab';
import { UsersTab } from '../components/UsersTab';

const TABS = ['profile', 'users', 'stages', 'backups', 'preferences', 'homes'] as const;
type Tab = (typeof TABS)[number];

const ICONS = {
  profile: IconBuildingCommunity,
  users: IconUsers,
  stages: IconStairs,
  backups: IconDatabaseExport,
  preferences: IconAdjustments,
  homes: IconBuildingEstate,
} as const;

/** Home profile, users, backups, preferences and (province administrators) the homes of the province. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  const session = useCurrentSession();
  const tabs = TABS.filter((k) => k !== 'homes' || session.user.role === 'province_admin');
  if (!tabs.includes(tab as Tab)) return <Navigate to="/settings/profile" replace />;
  const current = tab as Tab;

  return (
    <>
      <PageHeader
        title={t('settings.title')}
        description={current === 'stages' ? t('casefile.stages.description') : t(`settings.descriptions.${current}`)}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconSettings size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      <Tabs value={current} onChange={(v) => v && navigate(`/settings/${v}`)} keepMounted={false} variant="outline" radius="md">
        <Tabs.List mb="lg">
          {tabs.map((key) => {
            const Icon = ICONS[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={<Icon size={16} />}>
                {key === 'stages' ? t('casefile.stages.tab') : t(`settings.tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="profile"><ProfileTab /></Tabs.Panel>
        <Tabs.Panel value="users"><UsersTab /></Tabs.Panel>
        <Tabs.Panel value="stages"><StagesSettings /></Tabs.Panel>
        <Tabs.Panel value="backups"><BackupsTab /></Tabs.Panel>
        <Tabs.Panel value="preferences"><PreferencesTab /></Tabs.Panel>
        {session.user.role === 'province_admin' ? <Tabs.Panel value="homes"><HomesTab /></Tabs.Panel> : null}
      </Tabs>
    </>
  );
}
