import { Anchor, Button, Center, Group, Loader, Paper, Select, Stack, Table, Text } from '@mantine/core';
import { formatRupiah, SCHOOL_FEE_LABELS, SCHOOL_LEVEL_LABELS, type SchoolFee, type SchoolRecord } from '@contract';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { schoolRecordsQuery } from '../hooks';
import { SchoolFeeModal, SchoolRecordModal, SchoolReportModal, schoolYearOf, VoidFeeModal } from './SchoolModals';
import { homeToday, homeYear } from '../../../lib/home-clock';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'fee' | 'report'; record: SchoolRecord } | { kind: 'void'; fee: SchoolFee };

/** A school record's fees and report-card results, as listed on the school tab and the resident's page. */
export function SchoolDetails({ record, onVoid }: { record: SchoolRecord; onVoid?: (fee: SchoolFee) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      {record.fees.map((f) => (
        <Group key={f.id} gap="xs" wrap="nowrap" data-testid={`fee-${f.id}`}>
          <Text size="sm" td={f.voidedOn ? 'line-through' : undefined}>
            {formatDate(f.paidOn)} · {SCHOOL_FEE_LABELS[f.kind]} · {formatRupiah(f.amount)}
          </Text>
          {f.voidedOn ? <Text size="xs" c="dimmed">{t('training.school.voidedOn', { date: formatDate(f.voidedOn), reason: f.voidReason })}</Text> : null}
          {!f.voidedOn && onVoid ? <Anchor size="xs" c="red" onClick={() => onVoid(f)}>{t('training.school.void')}</Anchor> : null}
        </Group>
      ))}
      {record.reports.map((r) => (
        <Text key={r.id} size="sm">
          {t('training.school.termValue', { term: r.term, average: r.average.toLocaleString('id-ID') })}
          {r.rank ? t('training.school.rankValue', { rank: r.classSize ? `${r.rank}/${r.classSize}` : r.rank }) : ''}
        </Text>
      ))}
    </Stack>
  );
}

export function SchoolTab() {
  const { t } = useTranslation();
  const role = useCurrentSession().user.role;
  const [year, setYear] = useState<string>(schoolYearOf(homeToday()));
  const records = useQuery(schoolRecordsQuery(year || undefined));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const canSetup = role === 'admin';
  const canPay = role === 'finance' || role === 'head';
  const canReport = role === 'admin' || role === 'caregiver';
  const thisYear = homeYear();
  const years = Array.from({ length: 4 }, (_, i) => `${thisYear - i}/${thisYear - i + 1}`);
  return (
    <>
      <Group mb="md" justify="space-between">
        <Select aria-label={t('training.school.year')} data={[{ value: '', label: t('training.school.allYears') }, ...years.map((y) => ({ value: y, label: y }))]} value={year} onChange={(v) => setYear(v ?? '')} w={220} />
        {canSetup ? <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>{t('training.school.new')}</Button> : null}
      </Group>
      {!records.data ? (
        <Center py="xl"><Loader /></Center>
      ) : records.data.length === 0 ? (
        <Text c="dimmed">{t('training.school.none')}</Text>
      ) : (
        <Paper withBorder radius="md">
          <Table data-testid="school-records" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training.school.resident')}</Table.Th>
                <Table.Th>{t('training.school.school')}</Table.Th>
                <Table.Th>{t('training.school.year')}</Table.Th>
                <Table.Th>{t('training.school.fees')}</Table.Th>
                <Table.Th>{t('training.school.reports')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.data.map((r) => (
                <Table.Tr key={r.id} data-testid={`school-${r.residentName}`}>
                  <Table.Td><Anchor component={Link} to={`/residents/${r.residentId}/training`}>{r.residentName}</Anchor></Table.Td>
                  <Table.Td>{r.schoolName}<Text size="xs" c="dimmed">{SCHOOL_LEVEL_LABELS[r.level]} · {r.grade}</Text></Table.Td>
                  <Table.Td>{r.schoolYear}</Table.Td>
                  <Table.Td>{formatRupiah(r.feesTotal)}</Table.Td>
                  <Table.Td><SchoolDetails record={r} onVoid={canPay ? (fee) => setDialog({ kind: 'void', fee }) : undefined} /></Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {canPay ? <Button size="xs" variant="light" onClick={() => setDialog({ kind: 'fee', record: r })}>{t('training.school.pay')}</Button> : null}
                      {canReport ? <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'report', record: r })}>{t('training.school.report')}</Button> : null}
                      {canSetup ? <Button size="xs" variant="subtle" onClick={() => setDialog({ kind: 'edit', record: r })}>{t('common.edit')}</Button> : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {dialog?.kind === 'new' ? <SchoolRecordModal onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <SchoolRecordModal record={dialog.record} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'fee' ? <SchoolFeeModal record={dialog.record} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'report' ? <SchoolReportModal record={dialog.record} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'void' ? <VoidFeeModal fee={dialog.fee} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
