import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, ThemeIcon, Tooltip } from '@mantine/core';
import type { RoundDetail, RoundEntry } from '@contract';
import { IconArrowLeft, IconCalendarStats, IconCheck, IconGavel, IconPrinter, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { formatScore } from '../components/ApplicantsTab';
import { DecideModal } from '../components/DecideModal';
import { PrintModal } from '../components/PrintModal';
import { ApproveModal, QuotaModal } from '../components/RoundModals';
import { roundQuery, type IntakeReportRequest } from '../hooks';
import { intakePermissions } from '../permissions';

const DECISION_COLORS = { accepted: 'teal', waitlisted: 'yellow', rejected: 'gray', referred: 'grape' } as const;

/** `/intake/rounds/:id`: the quota, applicants ranked by score with the committee's decisions, the head's approval, printing. */
export function RoundPage() {
  const id = Number(useParams().id);
  const round = useQuery(roundQuery(id));
  if (!round.data) return round.error ? <FormAlert messages={[round.error.message]} /> : <Center py="xl"><Loader /></Center>;
  return <Round r={round.data} />;
}

function Round({ r }: { r: RoundDetail }) {
  const { t } = useTranslation();
  const can = intakePermissions(useCurrentSession().user.role);
  const [deciding, setDeciding] = useState<RoundEntry | null>(null);
  const [quota, setQuota] = useState(false);
  const [approving, setApproving] = useState(false);
  const [printing, setPrinting] = useState<IntakeReportRequest | null>(null);
  const open = r.status === 'open';
  const f = r.quotaFacts;
  return (
    <>
      <PageHeader
        title={r.name}
        description={`${formatDate(r.startDate)} – ${formatDate(r.endDate)}${r.approvedOn ? ` · ${t('intake.round.approvedBy', { name: r.approvedBy ?? '', date: formatDate(r.approvedOn) })}` : ''}`}
        icon={<ThemeIcon variant="light" size={40} radius="md"><IconCalendarStats size={22} stroke={1.6} /></ThemeIcon>}
        actions={
          <>
            <Button component={Link} to="/intake/rounds" variant="subtle" leftSection={<IconArrowLeft size={16} />}>{t('intake.round.back')}</Button>
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setPrinting({ kind: 'minutes', roundId: r.id })}>{t('intake.round.minutes')}</Button>
            {open && can.canApprove ? <Button color="teal" leftSection={<IconCheck size={16} />} disabled={r.undecided > 0 || r.entries.length === 0} onClick={() => setApproving(true)}>{t('intake.round.approve')}</Button> : null}
          </>
        }
      />
      <Paper withBorder radius="md" p="md" mb="md" data-testid="quota-panel">
        <Group justify="space-between">
          <Stack gap={2}>
            <Group gap="xs">
              <Text fw={700}>{t('intake.round.quotaTitle')}: {r.quota}</Text>
              <Badge variant="light" color={r.accepted > r.quota ? 'orange' : 'blue'}>{t('intake.round.acceptedOf', { accepted: r.accepted, quota: r.quota })}</Badge>
              <Badge variant="light" color={open ? 'blue' : 'teal'}>{t(`intake.rounds.${r.status}`)}</Badge>
            </Group>
            <Text size="sm" c={f.free != null && f.free < 0 ? 'red.7' : 'dimmed'} data-testid="round-quota-facts">
              {t('intake.round.quotaFacts', { capacity: f.capacity ?? t('intake.overview.notSet'), active: f.activeResidents, free: f.free ?? '–' })}
              {f.free != null && f.free < 0 ? ` · ${t('intake.overview.overflow', { count: -f.free })}` : ''}
            </Text>
            {r.capacityOverride ? (
              <Text size="sm" c="orange.8" data-testid="round-capacity-override">
                {t('intake.round.capacityOverride', { ...r.capacityOverride, by: r.approvedBy ?? '' })}
              </Text>
            ) : null}
            {r.quotaReason ? <Text size="sm" c="dimmed">{t('intake.round.quotaReason', { reason: r.quotaReason })}</Text> : null}
          </Stack>
          {open && can.canConfigure ? <Button variant="light" size="xs" onClick={() => setQuota(true)}>{t('intake.round.changeQuota')}</Button> : null}
        </Group>
      </Paper>
      {open && r.undecided > 0 ? <Alert color="blue" variant="light" mb="sm">{t('intake.round.undecided', { count: r.undecided })}</Alert> : null}
      <Text size="sm" c="dimmed" mb={4}>{t('intake.round.ranked')}</Text>
      <Table withTableBorder striped data-testid="round-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={80}>{t('intake.round.rank')}</Table.Th>
            <Table.Th>{t('intake.list.name')}</Table.Th>
            <Table.Th>{t('intake.list.age')}</Table.Th>
            <Table.Th>{t('intake.list.criteria')}</Table.Th>
            <Table.Th ta="right">{t('intake.list.score')}</Table.Th>
            <Table.Th>{t('intake.decide.decision')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.entries.map((e) => (
            <Table.Tr key={e.applicationId} data-testid={`entry-${e.applicationNo}`}>
              <Table.Td>{e.rank}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/intake/applicants/${e.applicationId}`} size="sm" fw={600}>{e.fullName}</Anchor>
                <Text size="xs" c="dimmed" ff="monospace">{e.applicationNo}</Text>
              </Table.Td>
              <Table.Td>{e.age ?? '–'}</Table.Td>
              <Table.Td>
                {e.criteriaPass ? <IconCheck size={16} color="var(--mantine-color-teal-6)" /> : (
                  <Tooltip label={e.failedCriteria.join(' · ')} multiline maw={360}><Group gap={4} wrap="nowrap"><IconX size={16} color="var(--mantine-color-red-6)" /><Text size="xs" c="red.8" lineClamp={2}>{e.failedCriteria.join(' · ')}</Text></Group></Tooltip>
                )}
              </Table.Td>
              <Table.Td ta="right">{e.score == null ? <Text size="xs" c="dimmed">{t('intake.round.notAssessed')}</Text> : formatScore(e.score)}</Table.Td>
              <Table.Td>
                {e.decision ? (
                  <Stack gap={2}>
                    <Badge color={DECISION_COLORS[e.decision.decision]} variant="light">{t(`intake.decision.${e.decision.decision}`)}</Badge>
                    <Text size="xs">{e.decision.reason}</Text>
                    {e.decision.override ? <Text size="xs" c="orange.8">{t('intake.detail.overrideBy', { name: e.decision.override.by, reason: e.decision.override.reason })}</Text> : null}
                  </Stack>
                ) : '–'}
              </Table.Td>
              <Table.Td ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  {open && can.canDecide ? <Button size="compact-sm" variant="light" leftSection={<IconGavel size={14} />} onClick={() => setDeciding(e)}>{e.decision ? t('intake.round.change') : t('intake.round.decide')}</Button> : null}
                  {!open && e.decision ? <Button size="compact-sm" variant="subtle" leftSection={<IconPrinter size={14} />} onClick={() => setPrinting({ kind: 'letter', roundId: r.id, applicationId: e.applicationId })}>{t('intake.round.letter')}</Button> : null}
                  {e.residentId ? <Button size="compact-sm" variant="subtle" component={Link} to={`/residents/${e.residentId}/profile`}>PM</Button> : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <DecideModal roundId={r.id} entry={deciding} isHead={can.isHead} onClose={() => setDeciding(null)} />
      {quota ? <QuotaModal round={r} opened onClose={() => setQuota(false)} /> : null}
      {approving ? <ApproveModal round={r} opened onClose={() => setApproving(false)} /> : null}
      <PrintModal request={printing} onClose={() => setPrinting(null)} />
    </>
  );
}
