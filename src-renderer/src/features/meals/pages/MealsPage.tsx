import { Tabs, ThemeIcon } from '@mantine/core';
import type { Role } from '@contract';
import { IconChartBar, IconChecklist, IconMenu2, IconSettings, IconShoppingCart, IconToolsKitchen2, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { useCurrentSession } from '../../auth/hooks';
import { MenusTab } from '../components/MenusTab';
import { PurchasesTab } from '../components/PurchasesTab';
import { ReportTab } from '../components/ReportTab';
import { ServiceTab } from '../components/ServiceTab';
import { SettingsTab } from '../components/SettingsTab';

export const MEAL_TABS = ['service', 'menus', 'purchases', 'report', 'settings'] as const;
export type MealTab = (typeof MEAL_TABS)[number];

/** Who sees each tab (main checks every channel anyway). */
const TAB_ROLES: Record<MealTab, readonly Role[]> = {
  service: ['admin', 'head', 'caregiver'],
  menus: ['province_admin', 'admin', 'head', 'caregiver', 'finance'],
  purchases: ['province_admin', 'admin', 'head', 'finance'],
  report: ['province_admin', 'admin', 'head', 'finance'],
  settings: ['admin'],
};
const ICONS: Record<MealTab, Icon> = { service: IconChecklist, menus: IconMenu2, purchases: IconShoppingCart, report: IconChartBar, settings: IconSettings };

export const mealTabsFor = (role: Role) => MEAL_TABS.filter((tab) => TAB_ROLES[tab].includes(role));

/** The meals area: the meal service sheet, menus, food purchases, the monthly report and the settings, in tabs. */
export function MealsPage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  const role = useCurrentSession().user.role;
  const tabs = mealTabsFor(role);
  if (!tabs.includes(tab as MealTab)) return <Navigate to={`/meals/${tabs[0] ?? 'menus'}`} replace />;
  const current = tab as MealTab;
  return (
    <>
      <PageHeader
        title={t('meals.title')}
        description={t(`meals.descriptions.${current}`)}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconToolsKitchen2 size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      <Tabs value={current} onChange={(v) => v && navigate(`/meals/${v}`)} keepMounted={false} variant="outline" radius="md">
        <Tabs.List mb="lg">
          {tabs.map((key) => {
            const TabIcon = ICONS[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={<TabIcon size={16} />}>
                {t(`meals.tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="service">{current === 'service' ? <ServiceTab /> : null}</Tabs.Panel>
        <Tabs.Panel value="menus">{current === 'menus' ? <MenusTab /> : null}</Tabs.Panel>
        <Tabs.Panel value="purchases">{current === 'purchases' ? <PurchasesTab /> : null}</Tabs.Panel>
        <Tabs.Panel value="report">{current === 'report' ? <ReportTab /> : null}</Tabs.Panel>
        <Tabs.Panel value="settings">{current === 'settings' ? <SettingsTab /> : null}</Tabs.Panel>
      </Tabs>
    </>
  );
}
