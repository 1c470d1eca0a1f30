import { Alert, Anchor, Center, Grid, List, Loader, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatRupiah, monthName, type BudgetYear } from '@contract';
import { IconInfoCircle, IconMathFunction } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FormAlert } from '../../../components/FormAlert';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { costQuery } from '../hooks';
import { residentHref } from '../sources';
import { budgetPermissions } from '../permissions';
import { useCurrentSession } from '../../auth/hooks';

const num = (v: number, lang: string, digits = 0) => v.toLocaleString(lang === 'en' ? 'en' : 'id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const money = (v: number | null) => (v === null ? '—' : formatRupiah(v));

function Figure({ label, value, hint, testId }: { label: string; value: string; hint: string; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>{label}</Text>
      <Text fz={22} fw={700} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>{value}</Text>
      <Text size="xs" c="dimmed" mt={2}>{hint}</Text>
    </Paper>
  );
}

/** Cost per resident: the year's spending over the residents present, month by month; costs linked to a resident. */
export function CostTab({ year }: { year: BudgetYear }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const cost = useQuery(costQuery(year.id));
  const can = budgetPermissions(useCurrentSession().user.role);
  if (cost.isLoading) return <Center h={240}><Loader size="sm" /></Center>;
  if (cost.error) return <FormAlert messages={[cost.error.message]} />;
  const c = cost.data!;
  const asOf = formatDate(c.asOf);
  const linkedPerResident = c.linked.length ? Math.round(c.total.linked / c.linked.length) : null;
  // The month of `asOf` is still running when asOf is not its last day: labelled, with the days counted.
  const asOfMonth = Number(c.asOf.slice(5, 7));
  const asOfDay = Number(c.asOf.slice(8, 10));
  const asOfMonthDays = new Date(Date.UTC(c.year, asOfMonth, 0)).getUTCDate();
  const runningMonth = c.asOf.startsWith(String(c.year)) && asOfDay < asOfMonthDays ? asOfMonth : null;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure label={t('budget.cost.perResident')} value={money(c.total.perResident)} hint={t('budget.cost.perResidentHint', { date: asOf })} testId="cost-per-resident" />
        <Figure label={t('budget.cost.perDay')} value={money(c.total.perResidentDay)} hint={t('budget.cost.perDayHint')} />
        <Figure label={t('budget.cost.average')} value={num(c.total.averageResidents, lang, 1)} hint={t('budget.cost.averageHint', { days: num(c.total.residentDays, lang) })} />
        <Figure label={t('budget.cost.linked')} value={money(linkedPerResident)} hint={t('budget.cost.linkedHint')} />
      </SimpleGrid>
      {runningMonth ? (
        <Alert variant="light" color="orange" icon={<IconInfoCircle size={18} />} data-testid="cost-running-note">
          {t('budget.cost.runningNote', { month: monthName(runningMonth, lang), days: asOfDay, of: asOfMonthDays })}
        </Alert>
      ) : null}
      {c.total.residentDays === 0 ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>{t('budget.cost.noResidents')}</Alert>
      ) : null}
      <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
        <Text fw={650} px="md" pt="md" pb="xs">{t('budget.cost.monthTitle')}</Text>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} striped data-testid="cost-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('budget.cost.month')}</Table.Th>
                <Table.Th ta="right">{t('budget.cost.spending')}</Table.Th>
                <Table.Th ta="right">{t('budget.cost.residentDays')}</Table.Th>
                <Table.Th ta="right">{t('budget.cost.averageResidents')}</Table.Th>
                <Table.Th ta="right">{t('budget.cost.perResidentCol')}</Table.Th>
                <Table.Th ta="right">{t('budget.cost.perDayCol')}</Table.Th>
                <Table.Th ta="right">{t('budget.cost.linkedCol')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.months.map((m) => (
                <Table.Tr key={m.month}>
                  <Table.Td>
                    {monthName(m.month, lang)}
                    {m.month === runningMonth ? (
                      <Text size="xs" c="orange.8" data-testid="cost-running-month">{t('budget.cost.running', { days: asOfDay, of: asOfMonthDays })}</Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(m.spending)}</Table.Td>
                  <Table.Td ta="right">{num(m.residentDays, lang)}</Table.Td>
                  <Table.Td ta="right">{num(m.averageResidents, lang, 1)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(m.perResident)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(m.perResidentDay)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(m.linked)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr style={{ fontWeight: 700, background: 'var(--mantine-color-gray-1)' }}>
                <Table.Td>{t('budget.cost.total')}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(c.total.spending)}</Table.Td>
                <Table.Td ta="right">{num(c.total.residentDays, lang)}</Table.Td>
                <Table.Td ta="right">{num(c.total.averageResidents, lang, 1)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(c.total.perResident)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{money(c.total.perResidentDay)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(c.total.linked)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
            <Text fw={650} px="md" pt="md" pb="xs">{t('budget.cost.linkedTitle')}</Text>
            {c.linked.length === 0 ? (
              <Text size="sm" c="dimmed" px="md" pb="md">{t('budget.cost.linkedEmpty')}</Text>
            ) : (
              <Table verticalSpacing={6}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('budget.cost.resident')}</Table.Th>
                    <Table.Th ta="right">{t('budget.cost.count')}</Table.Th>
                    <Table.Th ta="right">{t('budget.money.amount')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {c.linked.map((r) => (
                    <Table.Tr key={r.residentId}>
                      <Table.Td>
                        {can.canOpenResidents ? <Anchor component={Link} to={residentHref(r.residentId)} size="sm">{r.fullName}</Anchor> : <Text size="sm">{r.fullName}</Text>}
                        <Text size="xs" c="dimmed">{r.registrationNo}</Text>
                      </Table.Td>
                      <Table.Td ta="right">{r.count}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Paper withBorder radius="md" p="md" bg="gray.0">
            <Text fw={650} mb="xs"><IconMathFunction size={16} style={{ verticalAlign: -3 }} /> {t('budget.cost.methodTitle')}</Text>
            <List size="sm" spacing="xs">
              <List.Item>{t('budget.cost.method1')}</List.Item>
              <List.Item>{t('budget.cost.method2')}</List.Item>
              <List.Item>{t('budget.cost.method3')}</List.Item>
            </List>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
