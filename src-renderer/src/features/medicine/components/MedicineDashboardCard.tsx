import { Anchor, Loader, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconPill } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DashboardCard } from '../../dashboard/components/DashboardCard';
import { stockDashboardQuery } from '../hooks';
import { StockAlerts } from './StockAlerts';

/** The main dashboard's medicine card: today's MAR progress and the stock alerts. */
export function MedicineDashboardCard() {
  const { t } = useTranslation();
  const data = useQuery(stockDashboardQuery());
  return (
    <DashboardCard title={t('medicine.overview.card')} icon={<IconPill size={18} />} action={<Anchor component={Link} to="/medicine/overview" size="sm">{t('medicine.overview.open')}</Anchor>}>
      {data.data ? (
        <>
          <Text size="sm" mb="sm">{t('medicine.overview.today', { recorded: data.data.recordedToday, due: data.data.dueToday })}</Text>
          <StockAlerts data={data.data} limit={3} />
        </>
      ) : (
        <Loader size="sm" />
      )}
    </DashboardCard>
  );
}
