import { Button, Grid, Group, Paper, RingProgress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { stockDashboardQuery } from '../hooks';
import { StockAlerts } from './StockAlerts';

export function OverviewTab() {
  const { t } = useTranslation();
  const data = useQuery(stockDashboardQuery());
  if (data.error) return <FormAlert messages={[data.error.message]} />;
  if (!data.data) return null;
  const d = data.data;
  const percent = d.dueToday ? Math.round((d.recordedToday / d.dueToday) * 100) : 0;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder radius="md" p="lg">
          <Stack align="center" gap="xs">
            <Text fw={650}>{t('medicine.overview.todayTitle')}</Text>
            <RingProgress size={140} thickness={12} sections={[{ value: percent, color: 'teal' }]} label={<Text ta="center" fw={700}>{percent}%</Text>} />
            <Text size="sm">{t('medicine.overview.today', { recorded: d.recordedToday, due: d.dueToday })}</Text>
            <Group>
              <Button component={Link} to="/medicine/mar">{t('medicine.overview.openMar')}</Button>
            </Group>
            <Text size="xs" c="dimmed">{t('medicine.overview.catalogue', { count: d.medicines })}</Text>
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Paper withBorder radius="md" p="lg">
          <StockAlerts data={d} />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
