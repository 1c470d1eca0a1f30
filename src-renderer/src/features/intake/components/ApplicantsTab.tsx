import { Anchor, Badge, Button, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { APPLICATION_STATUSES, type ApplicationStatus } from '@contract';
import { IconCheck, IconSearch, IconUserPlus, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { useReference } from '../../residents/labels';
import { applicationsQuery } from '../hooks';
import { OverviewStats, STATUS_COLORS } from './OverviewStats';

export const formatScore = (s: number | null) => (s == null ? '–' : s.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/** Every applicant with where selection stands: criteria met or not (and why, on hover), score, status. */
export function ApplicantsTab({ canRegister }: { canRegister: boolean }) {
  const { t } = useTranslation();
  const ref = useReference();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<ApplicationStatus | undefined>();
  const list = useQuery(applicationsQuery({ q: q || undefined, status }));
  return (
    <>
      <OverviewStats />
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <TextInput leftSection={<IconSearch size={16} />} placeholder={t('intake.list.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} w={300} aria-label={t('intake.list.search')} />
          <Select
            placeholder={t('intake.list.allStatuses')}
            clearable
            data={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`intake.status.${s}`) }))}
            value={status ?? null}
            onChange={(v) => setStatus((v as ApplicationStatus) ?? undefined)}
            w={200}
            aria-label={t('intake.list.status')}
          />
        </Group>
        {canRegister ? (
          <Button component={Link} to="/intake/applicants/new" leftSection={<IconUserPlus size={16} />}>{t('intake.list.register')}</Button>
        ) : null}
      </Group>
      <Table striped highlightOnHover withTableBorder data-testid="applicants-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('intake.list.no')}</Table.Th>
            <Table.Th>{t('intake.list.name')}</Table.Th>
            <Table.Th>{t('intake.list.date')}</Table.Th>
            <Table.Th>{t('intake.list.age')}</Table.Th>
            <Table.Th>{t('intake.list.referral')}</Table.Th>
            <Table.Th>{t('intake.list.criteria')}</Table.Th>
            <Table.Th ta="right">{t('intake.list.score')}</Table.Th>
            <Table.Th>{t('intake.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(list.data ?? []).map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td><Text size="sm" ff="monospace">{a.applicationNo}</Text></Table.Td>
              <Table.Td><Anchor component={Link} to={`/intake/applicants/${a.id}`} size="sm" fw={600}>{a.fullName}</Anchor></Table.Td>
              <Table.Td>{formatDate(a.applicationDate)}</Table.Td>
              <Table.Td>{a.age ?? '–'}</Table.Td>
              <Table.Td><Text size="sm">{ref.referral[a.referralSource as keyof typeof ref.referral]}</Text></Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {a.criteriaPass ? (
                  <Badge color="teal" variant="light" tt="none" leftSection={<IconCheck size={12} />}>{t('intake.list.allPass')}</Badge>
                ) : (
                  <Tooltip label={a.failedCriteria.join(' · ')} multiline maw={360}>
                    <Badge color="red" variant="light" tt="none" style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }} leftSection={<IconX size={12} />}>{t('intake.list.failed', { count: a.failedCriteria.length })}</Badge>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatScore(a.score)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Badge color={STATUS_COLORS[a.status]} variant="light">{t(`intake.status.${a.status}`)}</Badge>
                  {a.pendingDecision ? <Badge variant="outline" color="gray">{t(`intake.decision.${a.pendingDecision}`)}</Badge> : null}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          {list.data && list.data.length === 0 ? (
            <Table.Tr><Table.Td colSpan={8}><Text c="dimmed" size="sm" ta="center" py="md">{t('intake.list.empty')}</Text></Table.Td></Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
    </>
  );
}
