import { Badge, Button, Group, Paper, Table, Text, Textarea, Modal, Stack } from '@mantine/core';
import type { VisitRow } from '@contract';
import { formatRupiah } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { medicinePermissions, useCancelVisit, visitsQuery } from '../hooks';
import { VisitModal } from './VisitModal';
import { homeNowDayjs, homeToday } from '../../../lib/home-clock';

function CancelVisit({ visit, onClose }: { visit: VisitRow; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelVisit();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('medicine.visits.cancel')} centered>
      <Stack>
        <Text size="sm">{t('medicine.visits.cancelHint')}</Text>
        <Textarea label={t('medicine.batch.reason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate({ id: visit.id, cancelledOn: homeToday(), reason }, { onSuccess: () => (notifySuccess(t('medicine.visits.cancelled')), onClose()), onError: notifyError })}>
            {t('medicine.visits.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Visits of the last year, newest first; a visit opened from the budget (its fee) is highlighted. */
export function VisitsTab() {
  const { t } = useTranslation();
  const { id } = useParams();
  const can = medicinePermissions(useCurrentSession().user.role);
  const visits = useQuery(visitsQuery({ from: homeNowDayjs().subtract(1, 'year').format('YYYY-MM-DD') }));
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<VisitRow | null>(null);
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="flex-end" mb="md">
        {can.visits ? <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>{t('medicine.visits.add')}</Button> : null}
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('medicine.visits.date')}</Table.Th>
            <Table.Th>{t('medicine.visits.practitioner')}</Table.Th>
            <Table.Th>{t('medicine.visits.residents')}</Table.Th>
            <Table.Th>{t('medicine.visits.findings')}</Table.Th>
            <Table.Th>{t('medicine.visits.fee')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(visits.data ?? []).map((v) => (
            <Table.Tr key={v.id} bg={String(v.id) === id ? 'var(--mantine-color-yellow-0)' : undefined} c={v.cancelled ? 'dimmed' : undefined}>
              <Table.Td>{formatDate(v.visitedOn)}</Table.Td>
              <Table.Td>
                <Text size="sm">{v.practitioner}</Text>
                <Text size="xs" c="dimmed">{t(`medicine.visitKinds.${v.kind}`)}</Text>
              </Table.Td>
              <Table.Td>{v.residents.map((r) => r.fullName).join(', ')}</Table.Td>
              <Table.Td maw={320}><Text size="sm" lineClamp={3}>{v.findings}</Text></Table.Td>
              <Table.Td>{v.fee ? formatRupiah(v.fee) : '—'}</Table.Td>
              <Table.Td>
                {v.cancelled ? <Badge color="gray">{t('medicine.visits.cancelledBadge')}</Badge> : can.visits ? <Button size="compact-xs" variant="subtle" color="red" onClick={() => setCancelling(v)}>{t('medicine.visits.cancel')}</Button> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!visits.isLoading && !visits.data?.length ? <Text c="dimmed" ta="center" py="lg">{t('medicine.visits.empty')}</Text> : null}
      {adding ? <VisitModal onClose={() => setAdding(false)} /> : null}
      {cancelling ? <CancelVisit visit={cancelling} onClose={() => setCancelling(null)} /> : null}
    </Paper>
  );
}
