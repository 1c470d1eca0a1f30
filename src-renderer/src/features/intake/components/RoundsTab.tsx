import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDate } from '../../../lib/format';
import { roundsQuery } from '../hooks';
import { RoundModal } from './RoundModal';

/** The selection rounds, newest first; administrators open the next one. */
export function RoundsTab({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const rounds = useQuery(roundsQuery());
  const [creating, setCreating] = useState(false);
  const hasOpen = rounds.data?.some((r) => r.status === 'open');
  return (
    <>
      <Group justify="flex-end" mb="sm">
        {canCreate && !hasOpen ? <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>{t('intake.rounds.create')}</Button> : null}
      </Group>
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('intake.rounds.name')}</Table.Th>
            <Table.Th>{t('intake.rounds.dates')}</Table.Th>
            <Table.Th ta="right">{t('intake.rounds.quota')}</Table.Th>
            <Table.Th ta="right">{t('intake.rounds.applicants')}</Table.Th>
            <Table.Th ta="right">{t('intake.rounds.accepted')}</Table.Th>
            <Table.Th>{t('intake.rounds.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rounds.data ?? []).map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td><Anchor component={Link} to={`/intake/rounds/${r.id}`} fw={600} size="sm">{r.name}</Anchor></Table.Td>
              <Table.Td>{formatDate(r.startDate)} – {formatDate(r.endDate)}</Table.Td>
              <Table.Td ta="right">{r.quota}</Table.Td>
              <Table.Td ta="right">{r.applicants}</Table.Td>
              <Table.Td ta="right">{r.accepted}</Table.Td>
              <Table.Td><Badge color={r.status === 'open' ? 'blue' : 'teal'} variant="light">{t(`intake.rounds.${r.status}`)}</Badge></Table.Td>
            </Table.Tr>
          ))}
          {rounds.data?.length === 0 ? (
            <Table.Tr><Table.Td colSpan={6}><Text c="dimmed" size="sm" ta="center" py="md">{t('intake.rounds.empty')}</Text></Table.Td></Table.Tr>
          ) : null}
        </Table.Tbody>
      </Table>
      <RoundModal opened={creating} onClose={() => setCreating(false)} onCreated={(id) => navigate(`/intake/rounds/${id}`)} />
    </>
  );
}
