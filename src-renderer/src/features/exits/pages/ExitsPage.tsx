import { Badge, Button, Group, Paper, SegmentedControl, Table, Text, ThemeIcon } from '@mantine/core';
import { formatRupiah } from '@contract';
import { IconFlower, IconHomeMove, IconReportAnalytics } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../lib/format';
import { useCurrentSession } from '../../auth/hooks';
import { exitHref, exitsListQuery } from '../hooks';

const CHANGE_COLORS = { pending: 'yellow', approved: 'teal', rejected: 'red', undone: 'gray' } as const;
const COST_COLORS = { draft: 'gray', submitted: 'yellow', approved: 'teal', returned: 'orange', voided: 'red' } as const;

/** Every repatriation and death of the home with its state and costs; new records start here. */
export function ExitsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useCurrentSession().user.role;
  const [kind, setKind] = useState<'all' | 'repatriation' | 'death'>('all');
  const list = useQuery(exitsListQuery(kind === 'all' ? {} : { kind }));
  const recorder = role === 'admin' || role === 'head';
  const rows = list.data ?? [];

  return (
    <>
      <PageHeader
        title={t('exits.title')}
        description={t('exits.description')}
        icon={<ThemeIcon variant="light" size={40} radius="md"><IconHomeMove size={22} /></ThemeIcon>}
        actions={
          <Group gap="xs" wrap="nowrap">
            <Button variant="default" component={Link} to="/exits/report" leftSection={<IconReportAnalytics size={16} />}>{t('exits.list.report')}</Button>
            {recorder ? (
              <>
                <Button variant="light" component={Link} to="/exits/new/repatriation" leftSection={<IconHomeMove size={16} />}>{t('exits.list.newRepatriation')}</Button>
                <Button variant="light" color="dark" component={Link} to="/exits/new/death" leftSection={<IconFlower size={16} />}>{t('exits.list.newDeath')}</Button>
              </>
            ) : null}
          </Group>
        }
      />
      <SegmentedControl
        mb="md"
        value={kind}
        onChange={(v) => setKind(v as typeof kind)}
        data={[
          { value: 'all', label: t('exits.list.all') },
          { value: 'repatriation', label: t('exits.kinds.repatriation') },
          { value: 'death', label: t('exits.kinds.death') },
        ]}
      />
      {list.error ? <FormAlert messages={[list.error.message]} /> : null}
      <Paper withBorder radius="md">
        {rows.length === 0 && !list.isLoading ? (
          <Text c="dimmed" p="xl">{t('exits.list.empty')}</Text>
        ) : (
          <Table highlightOnHover verticalSpacing="sm" data-testid="exits-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('exits.list.date')}</Table.Th>
                <Table.Th>{t('exits.list.resident')}</Table.Th>
                <Table.Th>{t('exits.list.kind')}</Table.Th>
                <Table.Th>{t('exits.list.summary')}</Table.Th>
                <Table.Th>{t('exits.list.state')}</Table.Th>
                <Table.Th ta="right">{t('exits.list.costs')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id} style={{ cursor: 'pointer' }} onClick={() => navigate(exitHref(r.kind, r.id))}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.exitDate)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>{r.residentName}</Text>
                    <Text size="xs" c="dimmed">{r.registrationNo}</Text>
                  </Table.Td>
                  <Table.Td>{t(`exits.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td>{r.summary}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      <Badge size="sm" variant="light" tt="none" color={CHANGE_COLORS[r.changeState]}>{t(`exits.changeState.${r.changeState}`)}</Badge>
                      <Badge size="sm" variant="outline" tt="none" color={COST_COLORS[r.costState]}>{t(`exits.costState.${r.costState}`)}</Badge>
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.total)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </>
  );
}
