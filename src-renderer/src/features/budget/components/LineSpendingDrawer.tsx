import { Anchor, Center, Drawer, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { formatRupiah } from '@contract';
import { IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { formatDate, formatShortDate } from '../../../lib/format';
import { lineSpendingQuery } from '../hooks';
import { amount } from '../money';
import { residentHref, sourceHref } from '../sources';
import { budgetPermissions } from '../permissions';
import { useCurrentSession } from '../../auth/hooks';
import { SourceLabel, SpendingBadges } from './SpendingTab';

/** The spending behind one line's figure in the report's period, each with a link to its source. */
export function LineSpendingDrawer({ lineId, from, to, year, onClose }: { lineId: number; from: string; to: string; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useQuery(lineSpendingQuery({ lineId, from, to }));
  const can = budgetPermissions(useCurrentSession().user.role);
  const data = query.data;
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={<Text fw={650}>{data ? t('budget.drill.title', { code: data.code, name: data.name }) : '…'}</Text>}>
      {query.isLoading ? (
        <Center h={200}><Loader size="sm" /></Center>
      ) : query.error ? (
        <FormAlert messages={[query.error.message]} />
      ) : data ? (
        <Stack gap="sm" data-testid="line-spending">
          <Group justify="space-between">
            <Text size="sm" c="dimmed">{t('budget.drill.period', { from: formatDate(from), to: formatDate(to) })}</Text>
            <Text size="sm" fw={600}>{t('budget.drill.total', { amount: formatRupiah(data.total), count: data.rows.length })}</Text>
          </Group>
          {data.rows.length === 0 ? (
            <Text c="dimmed" size="sm">{t('budget.drill.empty')}</Text>
          ) : (
            <Table verticalSpacing={6} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={100}>{t('budget.spending.date')}</Table.Th>
                  <Table.Th>{t('budget.spending.description')}</Table.Th>
                  <Table.Th>{t('budget.spending.source')}</Table.Th>
                  <Table.Th ta="right" w={130}>{t('budget.money.amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.map((r) => {
                  const href = sourceHref(r);
                  return (
                    <Table.Tr key={r.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatShortDate(r.spentOn)}</Table.Td>
                      <Table.Td>
                        <Group gap={6}><Text size="sm">{r.description}</Text><SpendingBadges row={r} /></Group>
                        <Text size="xs" c="dimmed">{[r.proofNo, r.payee].filter(Boolean).join(' · ')}</Text>
                      </Table.Td>
                      <Table.Td>
                        <SourceLabel row={r} />
                        <Group gap={8}>
                          {href ? (
                            <Anchor component={Link} to={href.startsWith('/budget/') ? `${href}?tahun=${year}` : href} size="xs" data-testid={`source-link-${r.id}`}>
                              <Group gap={2} wrap="nowrap"><IconExternalLink size={12} />{t('budget.spending.openSource')}</Group>
                            </Anchor>
                          ) : null}
                          {r.residentId ? (can.canOpenResidents ? <Anchor component={Link} to={residentHref(r.residentId)} size="xs">{r.residentName}</Anchor> : <Text size="xs">{r.residentName}</Text>) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right" fw={600} c={r.amount < 0 ? 'red.7' : undefined} style={{ whiteSpace: 'nowrap' }}>{amount(r.amount)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      ) : null}
    </Drawer>
  );
}
