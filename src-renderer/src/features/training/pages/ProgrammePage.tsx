import { Anchor, Badge, Button, Center, Group, Loader, Modal, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { INSTRUCTOR_SOURCE_LABELS, PROGRAMME_KIND_LABELS, WEEKDAY_LABELS, type Enrolment } from '@contract';
import { IconArrowLeft, IconCertificate, IconPencil, IconPlus, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { InfoList } from '../../../components/InfoList';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { call } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { AssessModal, CompleteModal, EnrolModal, WithdrawModal } from '../components/ParticipantModals';
import { ProgrammeModal } from '../components/ProgrammeModal';
import { SessionModal } from '../components/SessionModal';
import { programmeQuery } from '../hooks';
import { STATUS_COLOR } from '../status';

const pct = (rate: number | null) => (rate === null ? '—' : `${rate.toLocaleString('id-ID')}%`);

function CertificateModal({ enrolment, onClose }: { enrolment: Enrolment; onClose: () => void }) {
  const { t } = useTranslation();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const report = useQuery({ queryKey: ['training.certificate', enrolment.id, paper], queryFn: () => call('training.certificate', { enrolmentId: enrolment.id, paper }) });
  return (
    <Modal opened onClose={onClose} title={<Text fw={650}>{t('training.complete.certificateTitle', { no: enrolment.certificateNo })}</Text>} size="90%" centered>
      <PrintPreview report={report.data} loading={report.isFetching} error={report.error} onRetry={() => void report.refetch()} paper={paper} onPaperChange={setPaper} />
    </Modal>
  );
}

type Dialog = { kind: 'edit' | 'enrol' | 'session' } | { kind: 'assess' | 'complete' | 'withdraw' | 'certificate'; enrolment: Enrolment };

/** One programme: its facts and rules, the participants with attendance and results, and the sessions. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const role = useCurrentSession().user.role;
  const detail = useQuery(programmeQuery(id));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  if (!detail.data) return <Center py="xl"><Loader /></Center>;
  const { programme: p, enrolments, sessions } = detail.data;
  const canSetup = role === 'admin';
  const canRecord = role === 'admin' || role === 'caregiver';
  const canComplete = role === 'admin' || role === 'head';
  const pass = p.assessmentType === 'competency' ? t('training.programme.passCompetency') : t('training.programme.passGrade', { grade: p.passingGrade });
  const result = (e: Enrolment) => (!e.latest ? '—' : e.latest.competent != null ? (e.latest.competent ? t('training.assess.competent') : t('training.assess.notCompetent')) : String(e.latest.grade));

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/training/programmes" size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('training.tabs.programmes')}</Group></Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={2} fz={24}>{p.name}</Title>
          <Text c="dimmed">{PROGRAMME_KIND_LABELS[p.kind]}{p.courseTypeLabel ? ` · ${p.courseTypeLabel}` : ''}</Text>
        </Stack>
        <Group>
          <Badge color={STATUS_COLOR[p.status]} variant="light" size="lg">{t(`training.status.${p.status}`)}</Badge>
          {canSetup ? <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setDialog({ kind: 'edit' })}>{t('common.edit')}</Button> : null}
        </Group>
      </Group>
      <Paper withBorder radius="md" p="md">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <InfoList
            items={[
              { label: t('training.programme.instructor'), value: `${p.instructorName} (${INSTRUCTOR_SOURCE_LABELS[p.instructorSource]})` },
              { label: t('training.programme.schedule'), value: `${p.scheduleDays.map((d) => WEEKDAY_LABELS[d]).join(', ')}, ${p.startTime}–${p.endTime}` },
              { label: t('training.programme.period'), value: `${formatDate(p.startDate)} – ${formatDate(p.endDate)}` },
            ]}
          />
          <InfoList
            items={[
              { label: t('training.participants.title'), value: t('training.programme.participants', { count: p.enrolledCount, capacity: p.capacity }) },
              { label: t('training.programme.rate'), value: pct(detail.data.rate) },
              { label: t('training.programme.budgetLine'), value: p.budgetLineLabel ?? '—' },
            ]}
          />
        </SimpleGrid>
        <Text size="sm" mt="sm" data-testid="completion-rules">{t('training.programme.rules', { min: p.minAttendancePercent, pass })}</Text>
      </Paper>

      <Group justify="space-between">
        <Title order={3} fz={18}>{t('training.participants.title')}</Title>
        <Group>
          {canSetup ? <Button variant="light" leftSection={<IconUserPlus size={16} />} onClick={() => setDialog({ kind: 'enrol' })}>{t('training.enrol.button')}</Button> : null}
          {canRecord ? <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'session' })}>{t('training.session.button')}</Button> : null}
        </Group>
      </Group>
      <Paper withBorder radius="md">
        <Table data-testid="participants">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.participants.name')}</Table.Th>
              <Table.Th>{t('training.participants.enrolled')}</Table.Th>
              <Table.Th>{t('training.participants.attendance')}</Table.Th>
              <Table.Th>{t('training.participants.result')}</Table.Th>
              <Table.Th>{t('training.participants.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrolments.length === 0 ? (
              <Table.Tr><Table.Td colSpan={6}><Text c="dimmed" size="sm">{t('training.participants.none')}</Text></Table.Td></Table.Tr>
            ) : null}
            {enrolments.map((e) => (
              <Table.Tr key={e.id} data-testid={`participant-${e.residentName}`}>
                <Table.Td><Anchor component={Link} to={`/residents/${e.residentId}/training`}>{e.residentName}</Anchor></Table.Td>
                <Table.Td>{formatDate(e.enrolledOn)}</Table.Td>
                <Table.Td>{pct(e.rate)} · {t('training.participants.attended', { present: e.present, held: e.sessionsHeld })}</Table.Td>
                <Table.Td>{result(e)}</Table.Td>
                <Table.Td>
                  <Tooltip label={e.status === 'withdrawn' ? `${formatDate(e.withdrawnOn)}: ${e.withdrawReason}` : e.certificateNo ?? e.blockers.join('; ')} disabled={!e.withdrawReason && !e.certificateNo && !e.blockers.length}>
                    <Badge color={STATUS_COLOR[e.status]} variant="light">{t(`training.status.${e.status}`)}</Badge>
                  </Tooltip>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    {e.status === 'active' && canRecord ? <Button size="xs" variant="default" onClick={() => setDialog({ kind: 'assess', enrolment: e })}>{t('training.assess.button')}</Button> : null}
                    {e.status === 'active' && canComplete ? (
                      <Tooltip label={e.blockers.join('; ')} disabled={e.blockers.length === 0}>
                        <Button size="xs" variant="light" color="teal" disabled={e.blockers.length > 0} onClick={() => setDialog({ kind: 'complete', enrolment: e })}>{t('training.complete.button')}</Button>
                      </Tooltip>
                    ) : null}
                    {e.status === 'active' && canSetup ? <Button size="xs" variant="subtle" color="gray" onClick={() => setDialog({ kind: 'withdraw', enrolment: e })}>{t('training.enrol.withdraw')}</Button> : null}
                    {e.status === 'completed' ? <Button size="xs" variant="light" leftSection={<IconCertificate size={14} />} onClick={() => setDialog({ kind: 'certificate', enrolment: e })}>{t('training.complete.certificate')}</Button> : null}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <Title order={3} fz={18}>{t('training.session.list')}</Title>
      <Paper withBorder radius="md">
        <Table data-testid="sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('training.session.date')}</Table.Th>
              <Table.Th>{t('training.session.topic')}</Table.Th>
              <Table.Th>{t('training.session.duration')}</Table.Th>
              <Table.Th>{t('training.session.present')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.length === 0 ? <Table.Tr><Table.Td colSpan={4}><Text c="dimmed" size="sm">{t('training.session.none')}</Text></Table.Td></Table.Tr> : null}
            {sessions.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td>{formatDate(s.heldOn)}</Table.Td>
                <Table.Td>{s.topic}</Table.Td>
                <Table.Td>{s.durationMinutes}</Table.Td>
                <Table.Td>{s.present} / {s.marked}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      {dialog?.kind === 'edit' ? <ProgrammeModal programme={p} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'enrol' ? <EnrolModal programme={p} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'session' ? <SessionModal programme={p} enrolments={enrolments} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'assess' ? <AssessModal programme={p} enrolment={dialog.enrolment} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'withdraw' ? <WithdrawModal enrolment={dialog.enrolment} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'complete' ? <CompleteModal enrolment={dialog.enrolment} onClose={() => setDialog(null)} onDone={(done) => setDialog({ kind: 'certificate', enrolment: done })} /> : null}
      {dialog?.kind === 'certificate' ? <CertificateModal enrolment={dialog.enrolment} onClose={() => setDialog(null)} /> : null}
    </Stack>
  );
}
