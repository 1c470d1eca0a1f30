import { Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import type { HealthEntryInput, HealthEntryRow, PrescriptionRow } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { healthQuery, medicinePermissions, useStopPrescription } from '../hooks';
import { HealthEntryModal } from './HealthEntryModal';
import { PrescriptionModal } from './PrescriptionModal';
import { ReportsTab } from './ReportsTab';
import { homeToday } from '../../../lib/home-clock';

const showTime = (time: string | null) => (time ? time.replace(':', '.') : '');

function Section({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4} fz="md">{title}</Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function StopModal({ rx, onClose }: { rx: PrescriptionRow; onClose: () => void }) {
  const { t } = useTranslation();
  const stop = useStopPrescription();
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={t('medicine.prescriptions.stop')} centered>
      <Stack>
        <Text size="sm">{rx.medicineLabel}</Text>
        <Textarea label={t('medicine.batch.reason')} withAsterisk value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button color="red" loading={stop.isPending} onClick={() => stop.mutate({ id: rx.id, stoppedOn: homeToday(), reason }, { onSuccess: () => (notifySuccess(t('medicine.prescriptions.stopped')), onClose()), onError: notifyError })}>
            {t('medicine.prescriptions.stop')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The resident's health record: allergies and prescriptions, measurements, diagnoses, referrals, visits, the MAR. */
export function HealthTab({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const can = medicinePermissions(useCurrentSession().user.role);
  const record = useQuery(healthQuery(residentId));
  const [prescribing, setPrescribing] = useState(false);
  const [stopping, setStopping] = useState<PrescriptionRow | null>(null);
  const [adding, setAdding] = useState<HealthEntryInput['kind'] | null>(null);
  if (record.error) return <FormAlert messages={[record.error.message]} />;
  const r = record.data;
  if (!r) return null;
  const today = homeToday();
  const current = r.prescriptions.filter((p) => !p.stopped && (!p.endDate || p.endDate >= today));
  const past = r.prescriptions.filter((p) => !current.includes(p));
  const of = (kind: HealthEntryRow['kind']) => r.entries.filter((e) => e.kind === kind);
  const addButton = (kind: HealthEntryInput['kind']) => (can.care ? <Button size="compact-sm" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(kind)}>{t(`medicine.health.add.${kind}`)}</Button> : null);
  const rxRow = (p: PrescriptionRow) => (
    <Table.Tr key={p.id} c={p.stopped ? 'dimmed' : undefined}>
      <Table.Td>
        <Text size="sm" fw={500}>{p.medicineLabel}</Text>
        {p.allergyWarning ? <Badge size="xs" color="red" variant="light">{p.allergyWarning}</Badge> : null}
      </Table.Td>
      <Table.Td>{t('medicine.mar.doseLine', { dose: p.dose, unit: p.unit, route: t(`medicine.routes.${p.route}`) })}</Table.Td>
      <Table.Td>{p.prn ? t('medicine.prescriptions.prnShort', { max: p.prnMaxPerDay }) : p.times.map(showTime).join(', ')}</Table.Td>
      <Table.Td>{formatDate(p.startDate)}{p.endDate ? ` – ${formatDate(p.endDate)}` : ''}{p.stopped ? ` (${t('medicine.prescriptions.stoppedOn', { date: formatDate(p.stopped.on) })})` : ''}</Table.Td>
      <Table.Td>{p.prescriber}</Table.Td>
      <Table.Td>{can.care && !p.stopped ? <Button size="compact-xs" variant="subtle" color="red" onClick={() => setStopping(p)}>{t('medicine.prescriptions.stop')}</Button> : null}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="md">
      <Section title={t('medicine.prescriptions.title')} action={can.care ? <Button size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => setPrescribing(true)}>{t('medicine.prescriptions.add')}</Button> : null}>
        <Text size="sm" mb="xs" c={r.allergies ? 'red' : 'dimmed'}>{r.allergies ? t('medicine.prescriptions.allergies', { allergies: r.allergies }) : t('medicine.prescriptions.noAllergies')}</Text>
        <Table data-testid="prescriptions">
          <Table.Tbody>{current.map(rxRow)}{past.map(rxRow)}</Table.Tbody>
        </Table>
        {!r.prescriptions.length ? <Text size="sm" c="dimmed">{t('medicine.prescriptions.empty')}</Text> : null}
      </Section>
      <Section title={t('medicine.health.vitals')} action={addButton('vitals')}>
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('medicine.health.date')}</Table.Th>
              {(['weightKg', 'heightCm', 'bloodPressure', 'pulse', 'temperature'] as const).map((m) => <Table.Th key={m}>{t(`medicine.health.measures.${m}`)}</Table.Th>)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {of('vitals').map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{formatDate(v.date)}</Table.Td>
                <Table.Td>{v.weightKg ?? ''}</Table.Td>
                <Table.Td>{v.heightCm ?? ''}</Table.Td>
                <Table.Td>{v.systolic ? `${v.systolic}/${v.diastolic ?? ''}` : ''}</Table.Td>
                <Table.Td>{v.pulse ?? ''}</Table.Td>
                <Table.Td>{v.temperature ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {(['diagnosis', 'referral'] as const).map((kind) => (
          <Section key={kind} title={t(`medicine.health.${kind}s`)} action={addButton(kind)}>
            <Stack gap={6}>
              {of(kind).map((e) => (
                <div key={e.id}>
                  <Text size="sm" fw={500}>{e.title}{e.detail ? ` — ${e.detail}` : ''}</Text>
                  <Text size="xs" c="dimmed">{formatDate(e.date)}{e.note ? ` · ${e.note}` : ''}</Text>
                </div>
              ))}
              {!of(kind).length ? <Text size="sm" c="dimmed">{t('medicine.overview.none')}</Text> : null}
            </Stack>
          </Section>
        ))}
      </SimpleGrid>
      <Section title={t('medicine.health.visits')}>
        <Stack gap={6}>
          {r.visits.map((v) => (
            <div key={v.id}>
              <Text size="sm" fw={500}>{formatDate(v.visitedOn)} · {t(`medicine.visitKinds.${v.kind}`)} {v.practitioner}{v.cancelled ? ` (${t('medicine.visits.cancelledBadge')})` : ''}</Text>
              <Text size="xs" c="dimmed">{[v.residents.find((x) => x.residentId === residentId)?.note, v.findings].filter(Boolean).join(' · ')}</Text>
            </div>
          ))}
          {!r.visits.length ? <Text size="sm" c="dimmed">{t('medicine.overview.none')}</Text> : null}
        </Stack>
      </Section>
      <Section title={t('medicine.health.recentMar')}>
        <Table fz="sm">
          <Table.Tbody>
            {r.recentMar.slice(0, 60).map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{formatDate(m.date)}</Table.Td>
                <Table.Td>{m.scheduledTime ? showTime(m.scheduledTime) : t('medicine.mar.prn')}</Table.Td>
                <Table.Td>{m.medicineLabel}</Table.Td>
                <Table.Td>{t(`medicine.status.${m.status}`)} {showTime(m.atTime)}{m.late ? ` · ${t('medicine.mar.late')}` : ''}</Table.Td>
                <Table.Td>{[m.prnReason, m.note].filter(Boolean).join(' · ')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {!r.recentMar.length ? <Text size="sm" c="dimmed">{t('medicine.overview.none')}</Text> : null}
      </Section>
      <Title order={4} fz="md">{t('medicine.reports.mar')}</Title>
      <ReportsTab residentId={residentId} />
      {prescribing ? <PrescriptionModal residentId={residentId} allergies={r.allergies} onClose={() => setPrescribing(false)} /> : null}
      {stopping ? <StopModal rx={stopping} onClose={() => setStopping(null)} /> : null}
      {adding ? <HealthEntryModal residentId={residentId} kind={adding} onClose={() => setAdding(null)} /> : null}
    </Stack>
  );
}
