import { Badge, List, Stack, Text } from '@mantine/core';
import type { StockDashboard } from '@contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';

/** Low stock, batches expiring soon and expired stock awaiting disposal: the medicine overview and the dashboard card. */
export function StockAlerts({ data, limit = 8 }: { data: StockDashboard; limit?: number }) {
  const { t } = useTranslation();
  const section = (title: string, color: string, items: string[]) => (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title} <Badge color={items.length ? color : 'gray'} variant="light">{items.length}</Badge>
      </Text>
      {items.length ? (
        <List size="sm" spacing={2}>
          {items.slice(0, limit).map((item) => <List.Item key={item}>{item}</List.Item>)}
          {items.length > limit ? <List.Item>{t('medicine.overview.more', { count: items.length - limit })}</List.Item> : null}
        </List>
      ) : (
        <Text size="sm" c="dimmed">{t('medicine.overview.none')}</Text>
      )}
    </Stack>
  );
  return (
    <Stack gap="md" data-testid="stock-alerts">
      {section(t('medicine.overview.low'), 'orange', data.lowStock.map((m) => t('medicine.overview.lowItem', { medicine: m.label, usable: m.usable, unit: m.unit, threshold: m.lowStockThreshold })))}
      {section(t('medicine.overview.expiring', { days: data.days }), 'yellow', data.expiring.map((b) => t('medicine.overview.batchItem', { medicine: b.medicineLabel, batch: b.batchNo, date: formatDate(b.expiryDate), onHand: b.onHand, unit: b.unit })))}
      {section(t('medicine.overview.expired'), 'red', data.expired.map((b) => t('medicine.overview.batchItem', { medicine: b.medicineLabel, batch: b.batchNo, date: formatDate(b.expiryDate), onHand: b.onHand, unit: b.unit })))}
    </Stack>
  );
}
