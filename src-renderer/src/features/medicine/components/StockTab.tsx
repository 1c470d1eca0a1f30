import { ActionIcon, Badge, Button, Group, Menu, Paper, Switch, Table, Text } from '@mantine/core';
import type { BatchRow, MedicineRow } from '@contract';
import { formatRupiah } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { IconChevronDown, IconChevronRight, IconDots, IconPlus, IconTruckDelivery } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../auth/hooks';
import { formatDate } from '../../../lib/format';
import { batchesQuery, medicinePermissions, medicinesQuery } from '../hooks';
import { BatchActionModal, type BatchAction } from './BatchActionModal';
import { MedicineModal } from './MedicineModal';
import { ReceiptModal } from './ReceiptModal';

function Batches({ medicine, highlight, onAction }: { medicine: MedicineRow; highlight?: string; onAction: (b: BatchRow, a: BatchAction) => void }) {
  const { t } = useTranslation();
  const can = medicinePermissions(useCurrentSession().user.role);
  const batches = useQuery(batchesQuery({ medicineId: medicine.id, withEmpty: true }));
  return (
    <Table withTableBorder={false} fz="xs" data-testid={`batches-${medicine.id}`}>
      <Table.Thead>
        <Table.Tr>
          {(['batchNo', 'expiryDate', 'receivedOn', 'onHand', 'unitCost', 'supplier'] as const).map((k) => <Table.Th key={k}>{t(`medicine.batch.columns.${k}`)}</Table.Th>)}
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(batches.data ?? []).map((b) => (
          <Table.Tr key={b.id} c={b.onHand === 0 ? 'dimmed' : undefined} bg={String(b.id) === highlight ? 'var(--mantine-color-yellow-0)' : undefined}>
            <Table.Td>{b.batchNo}</Table.Td>
            <Table.Td>
              {formatDate(b.expiryDate)} {b.expired && b.onHand > 0 ? <Badge size="xs" color="red">{t('medicine.stock.expired')}</Badge> : null}
            </Table.Td>
            <Table.Td>{formatDate(b.receivedOn)}</Table.Td>
            <Table.Td>{b.onHand} / {b.quantityReceived}</Table.Td>
            <Table.Td>{formatRupiah(b.unitCost)}</Table.Td>
            <Table.Td>{b.supplier}{b.cancelled ? ` — ${t('medicine.batch.cancelled', { reason: b.cancelled.reason })}` : ''}</Table.Td>
            <Table.Td w={40}>
              {can.stock && !b.cancelled && b.onHand > 0 ? (
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target><ActionIcon variant="subtle" aria-label={t('common.actions')}><IconDots size={14} /></ActionIcon></Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item onClick={() => onAction(b, 'adjust')}>{t('medicine.batch.adjust')}</Menu.Item>
                    {b.expired ? <Menu.Item color="red" onClick={() => onAction(b, 'dispose')}>{t('medicine.batch.dispose')}</Menu.Item> : null}
                    {b.onHand === b.quantityReceived ? <Menu.Item color="red" onClick={() => onAction(b, 'cancel')}>{t('medicine.batch.cancel')}</Menu.Item> : null}
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The catalogue with the stock of each medicine; a medicine opens to its batches. */
export function StockTab() {
  const { t } = useTranslation();
  const can = medicinePermissions(useCurrentSession().user.role);
  const [inactive, setInactive] = useState(false);
  const medicines = useQuery(medicinesQuery(inactive));
  // Opened from the budget (a receipt's spending): /medicine/stock/<batch id> opens that batch's medicine.
  const { id } = useParams();
  const linked = useQuery({ ...batchesQuery({ withEmpty: true }), enabled: !!id });
  const linkedMedicine = linked.data?.find((b) => String(b.id) === id)?.medicineId ?? null;
  const [chosen, setOpen] = useState<number | null | undefined>(undefined);
  const open = chosen === undefined ? linkedMedicine : chosen;
  const [editing, setEditing] = useState<MedicineRow | 'new' | null>(null);
  const [receiving, setReceiving] = useState<number | 'any' | null>(null);
  const [action, setAction] = useState<{ batch: BatchRow; action: BatchAction } | null>(null);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="md">
        <Switch label={t('medicine.catalogue.showInactive')} checked={inactive} onChange={(e) => setInactive(e.currentTarget.checked)} />
        {can.stock ? (
          <Group>
            <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('medicine.catalogue.add')}</Button>
            <Button leftSection={<IconTruckDelivery size={16} />} onClick={() => setReceiving('any')}>{t('medicine.receipt.title')}</Button>
          </Group>
        ) : null}
      </Group>
      <Table highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={30} />
            <Table.Th>{t('medicine.stock.medicine')}</Table.Th>
            <Table.Th>{t('medicine.stock.usable')}</Table.Th>
            <Table.Th>{t('medicine.stock.expiredQty')}</Table.Th>
            <Table.Th>{t('medicine.stock.threshold')}</Table.Th>
            <Table.Th>{t('medicine.stock.nextExpiry')}</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(medicines.data ?? []).map((m) => (
            <Fragment key={m.id}>
              <Table.Tr onClick={() => setOpen(open === m.id ? null : m.id)} style={{ cursor: 'pointer' }} data-testid={`medicine-${m.id}`}>
                <Table.Td>{open === m.id ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>{m.label}</Text>
                  {!m.active ? <Badge size="xs" color="gray">{t('common.inactive')}</Badge> : null}
                </Table.Td>
                <Table.Td data-testid={`usable-${m.id}`}>
                  {m.usable} {m.unit} {m.low ? <Badge size="xs" color="orange">{t('medicine.stock.low')}</Badge> : null}
                </Table.Td>
                <Table.Td>{m.expired ? <Text c="red" size="sm">{m.expired}</Text> : '—'}</Table.Td>
                <Table.Td>{m.lowStockThreshold}</Table.Td>
                <Table.Td>{m.nextExpiry ? formatDate(m.nextExpiry) : '—'}</Table.Td>
                <Table.Td onClick={(e) => e.stopPropagation()}>
                  {can.stock ? (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target><ActionIcon variant="subtle" aria-label={t('common.actions')}><IconDots size={14} /></ActionIcon></Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setReceiving(m.id)}>{t('medicine.receipt.title')}</Menu.Item>
                        <Menu.Item onClick={() => setEditing(m)}>{t('medicine.catalogue.edit')}</Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                </Table.Td>
              </Table.Tr>
              {open === m.id ? (
                <Table.Tr>
                  <Table.Td />
                  <Table.Td colSpan={6}><Batches medicine={m} highlight={id} onAction={(batch, a) => setAction({ batch, action: a })} /></Table.Td>
                </Table.Tr>
              ) : null}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
      {!medicines.isLoading && !medicines.data?.length ? <Text c="dimmed" ta="center" py="lg">{t('medicine.catalogue.empty')}</Text> : null}
      {editing ? <MedicineModal medicine={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {receiving ? <ReceiptModal medicineId={receiving === 'any' ? undefined : receiving} onClose={() => setReceiving(null)} /> : null}
      {action ? <BatchActionModal batch={action.batch} action={action.action} onClose={() => setAction(null)} /> : null}
    </Paper>
  );
}
