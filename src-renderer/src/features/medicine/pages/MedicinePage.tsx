import { Tabs, ThemeIcon } from '@mantine/core';
import { IconBuildingHospital, IconChartBar, IconClipboardCheck, IconPackages, IconPill, IconPrinter, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { MarDayTab } from '../components/MarDayTab';
import { OverviewTab } from '../components/OverviewTab';
import { ReportsTab } from '../components/ReportsTab';
import { StockTab } from '../components/StockTab';
import { VisitsTab } from '../components/VisitsTab';

export const MEDICINE_TABS = ['overview', 'mar', 'stock', 'visits', 'reports'] as const;
type MedicineTab = (typeof MEDICINE_TABS)[number];
const ICONS: Record<MedicineTab, Icon> = { overview: IconChartBar, mar: IconClipboardCheck, stock: IconPackages, visits: IconBuildingHospital, reports: IconPrinter };

/** The medicine and health area, in tabs (each in the address). Prescriptions and the health record are on the resident's file. */
export function MedicinePage() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const navigate = useNavigate();
  if (!MEDICINE_TABS.includes(tab as MedicineTab)) return <Navigate to="/medicine/overview" replace />;
  const current = tab as MedicineTab;
  return (
    <>
      <PageHeader
        title={t('medicine.title')}
        description={t(`medicine.descriptions.${current}`)}
        icon={
          <ThemeIcon variant="light" size={40} radius="md">
            <IconPill size={22} stroke={1.6} />
          </ThemeIcon>
        }
      />
      <Tabs value={current} onChange={(v) => v && navigate(`/medicine/${v}`)} keepMounted={false} variant="outline" radius="md">
        <Tabs.List mb="lg">
          {MEDICINE_TABS.map((key) => {
            const TabIcon = ICONS[key];
            return (
              <Tabs.Tab key={key} value={key} leftSection={<TabIcon size={16} />}>
                {t(`medicine.tabs.${key}`)}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        <Tabs.Panel value="overview"><OverviewTab /></Tabs.Panel>
        <Tabs.Panel value="mar"><MarDayTab /></Tabs.Panel>
        <Tabs.Panel value="stock"><StockTab /></Tabs.Panel>
        <Tabs.Panel value="visits"><VisitsTab /></Tabs.Panel>
        <Tabs.Panel value="reports"><ReportsTab /></Tabs.Panel>
      </Tabs>
    </>
  );
}
