import { Center, EmptyState, Loader, Paper, Table, Text } from '@mantine/core';
import type { BudgetYear } from '@contract';
import { IconTransfer } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { formatShortDate } from '../../../lib/format';
import { revisionsQuery } from '../hooks';
import { amount } from '../money';

/** Every revision of the year: before, after and change per line, with the document and the reason. */
export function RevisionsTab({ year }: { year: BudgetYear }) {
  const { t } = useTranslation();
  const revisions = useQuery(revisionsQuery(year.id));
  const rows = revisions.data ?? [];
  const change = rows.reduce((n, r) => n + r.change, 0);
  const signed = (v: number) => (v > 0 ? `+${amount(v)}` : amount(v));

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      {revisions.isLoading ? (
        <Center h={200}><Loader size="sm" /></Center>
      ) : revisions.error ? (
        <Paper p="lg"><FormAlert messages={[revisions.error.message]} /></Paper>
      ) : rows.length === 0 ? (
        <EmptyState py={56} icon={<IconTransfer size={26} />} withIndicatorBackground title={t('budget.revisions.emptyTitle')} description={t('budget.revisions.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={1080}>
          <Table verticalSpacing={8} data-testid="revisions-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>{t('budget.revisions.date')}</Table.Th>
                <Table.Th>{t('budget.revisions.line')}</Table.Th>
                <Table.Th ta="right" w={140}>{t('budget.revisions.before')}</Table.Th>
                <Table.Th ta="right" w={140}>{t('budget.revisions.after')}</Table.Th>
                <Table.Th ta="right" w={140}>{t('budget.revisions.change')}</Table.Th>
                <Table.Th w={300}>{t('budget.revisions.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatShortDate(r.revisedOn)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.accountCode} · {r.accountName}</Text>
                    <Text size="xs" c="dimmed">{r.subActivityCode} {r.subActivityName}</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{amount(r.allocationBefore)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{amount(r.allocationAfter)}</Table.Td>
                  <Table.Td ta="right" fw={600} c={r.change > 0 ? 'teal.7' : r.change < 0 ? 'red.7' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
                    {signed(r.change)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.reason}</Text>
                    <Text size="xs" c="dimmed">{[r.reference, r.createdBy].filter(Boolean).join(' · ')}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr style={{ background: 'var(--mantine-color-gray-0)' }}>
                <Table.Td />
                <Table.Td fw={650}>{t('budget.revisions.total')}</Table.Td>
                <Table.Td />
                <Table.Td />
                <Table.Td ta="right" fw={700} c={change >= 0 ? 'teal.7' : 'red.7'}>{signed(change)}</Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
