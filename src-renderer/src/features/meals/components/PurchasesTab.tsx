import { Badge, Button, Group, Modal, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { formatRupiah, type FoodPurchase } from '@contract';
import { MonthPickerInput } from '@mantine/dates';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { DateField } from '../../../components/DateField';
import { notifyError, notifySuccess } from '../../../components/notify';
import { call } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { purchasesQuery, useCancelPurchase } from '../hooks';
import { PurchaseModal } from './PurchaseModal';
import { homeMonth, homeToday } from '../../../lib/home-clock';

/** Food purchases of a month; each is spending on its budget line. Finance and administrators record them. */
export function PurchasesTab() {
  const { t } = useTranslation();
  const { id } = useParams();
  const role = useCurrentSession().user.role;
  const canWrite = role === 'finance' || role === 'admin';
  const [chosenMonth, setMonth] = useState<string | null>(null);

  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<FoodPurchase | null>(null);
  const [picked, setOpen] = useState<number | null>(null);
  const open = picked ?? (id ? Number(id) : null);
  const linked = useQuery({ queryKey: ['meals.purchase', id], queryFn: () => call('meals.purchase', { id: Number(id) }), enabled: Boolean(id) });
  const month = chosenMonth ?? linked.data?.purchasedOn.slice(0, 7) ?? homeMonth();
  const list = useQuery(purchasesQuery(month));
  const rows = list.data ?? [];
  const total = rows.filter((r) => !r.cancelled).reduce((n, r) => n + r.total, 0);

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-end">
          <MonthPickerInput label={t('meals.purchases.month')} w={220} value={`${month}-01`} onChange={(v) => v && setMonth(String(v).slice(0, 7))} valueFormat="MMMM YYYY" />
          <Group>
            <Text fw={600}>{t('meals.purchases.monthTotal', { amount: formatRupiah(total) })}</Text>
            {canWrite ? <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('meals.purchases.record')}</Button> : null}
          </Group>
        </Group>
      </Paper>
      <Paper withBorder radius="md" style={{ overflow: 'auto' }}>
        <Table verticalSpacing="sm" highlightOnHover data-testid="purchases-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('meals.purchases.date')}</Table.Th>
              <Table.Th>{t('meals.purchases.supplier')}</Table.Th>
              <Table.Th>{t('meals.purchases.items')}</Table.Th>
              <Table.Th>{t('meals.purchases.line')}</Table.Th>
              <Table.Th ta="right">{t('meals.purchases.total')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr><Table.Td colSpan={6}><Text c="dimmed" size="sm">{t('meals.purchases.empty')}</Text></Table.Td></Table.Tr>
            ) : (
              rows.map((p) => (
                <Table.Tr key={p.id} bg={open === p.id ? 'var(--mantine-color-blue-0)' : undefined} onClick={() => setOpen(p.id)}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(p.purchasedOn)}<Text size="xs" c="dimmed">{p.proofNo}</Text></Table.Td>
                  <Table.Td>{p.supplier}</Table.Td>
                  <Table.Td><Text size="sm" lineClamp={open === p.id ? undefined : 1}>{p.items.map((i) => `${i.name} ${i.quantity.toLocaleString('id-ID')} ${i.unit} × ${formatRupiah(i.unitPrice)}`).join('; ')}</Text></Table.Td>
                  <Table.Td><Text size="xs">{p.lineLabel}</Text></Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap', textDecoration: p.cancelled ? 'line-through' : undefined }}>{formatRupiah(p.total)}</Table.Td>
                  <Table.Td>
                    {p.cancelled ? (
                      <Badge color="gray" title={p.cancelled.reason}>{t('meals.purchases.cancelled', { date: formatDate(p.cancelled.on) })}</Badge>
                    ) : canWrite ? (
                      <Button size="xs" variant="subtle" color="red" onClick={(e) => (e.stopPropagation(), setCancelling(p))}>{t('meals.purchases.cancel')}</Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      {adding ? <PurchaseModal onClose={() => setAdding(false)} /> : null}
      {cancelling ? <CancelModal purchase={cancelling} onClose={() => setCancelling(null)} /> : null}
    </Stack>
  );
}

function CancelModal({ purchase, onClose }: { purchase: FoodPurchase; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelPurchase();
  const [reason, setReason] = useState('');
  const [on, setOn] = useState<string | null>(dayjs(homeToday()).isBefore(purchase.purchasedOn) ? purchase.purchasedOn : homeToday());
  return (
    <Modal opened onClose={onClose} title={t('meals.purchases.cancelTitle')} centered>
      <Stack>
        <Text size="sm">{t('meals.purchases.cancelHint', { supplier: purchase.supplier, amount: formatRupiah(purchase.total) })}</Text>
        <DateField label={t('meals.purchases.cancelDate')} value={on} onChange={setOn} />
        <TextInput label={t('meals.purchases.cancelReason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ id: purchase.id, cancelledOn: on ?? '', reason }, { onSuccess: () => (notifySuccess(t('meals.purchases.cancelDone')), onClose()), onError: notifyError })}>
            {t('meals.purchases.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
