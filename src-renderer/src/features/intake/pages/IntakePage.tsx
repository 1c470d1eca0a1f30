import { Tabs, ThemeIcon } from '@mantine/core';
import { IconUserSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { ApplicantsTab } from '../components/ApplicantsTab';
import { RoundsTab } from '../components/RoundsTab';
import { SettingsTab } from '../components/SettingsTab';
import { intakePermissions } from '../permissions';

const TABS = ['applicants', 'rounds', 'settings'] as const;

/** `/intake/:tab`: applicants with the overview, selection rounds, criteria and the scoring form. */
export function IntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { tab } = useParams();
  const can = intakePermissions(useCurrentSession().user.role);
  if (!TABS.includes(tab as (typeof TABS)[number])) return <Navigate to="/intake/applicants" replace />;
  return (
    <>
      <PageHeader title={t('intake.title')} description={t('intake.description')} icon={<ThemeIcon variant="light" size={40} radius="md"><IconUserSearch size={22} stroke={1.6} /></ThemeIcon>} />
      <Tabs value={tab} onChange={(v) => v && navigate(`/intake/${v}`)} keepMounted={false}>
        <Tabs.List mb="md">
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>{t(`intake.tabs.${k}`)}</Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="applicants"><ApplicantsTab canRegister={can.canRegister} /></Tabs.Panel>
        <Tabs.Panel value="rounds"><RoundsTab canCreate={can.canConfigure} /></Tabs.Panel>
        <Tabs.Panel value="settings"><SettingsTab canEdit={can.canConfigure} /></Tabs.Panel>
      </Tabs>
    </>
  );
}
