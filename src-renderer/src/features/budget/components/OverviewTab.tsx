import { Alert, Badge, Center, Group, Loader, Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { formatRupiah, type BudgetYear, type LineRisk } from '@contract';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { formatDate } from '../../../lib/format';
import { currentLanguage } from '../../../lib/i18n';
import { dashboardQuery } from '../hooks';
import { percent } from '../money';
import { AbsorptionChart } from './AbsorptionChart';

function Kpi({ label, value, hint, children, testId }: { label: string; value: string; hint?: string; children?: React.ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fz={22} fw={700} mt={4} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed" mt={2}>
          {hint}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}

function RiskTable({ risks }: { risks: LineRisk[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" highlightOnHover data-testid="budget-risks">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('budget.overview.line')}</Table.Th>
            <Table.Th ta="right">{t('budget.money.allocation')}</Table.Th>
            <Table.Th ta="right">{t('budget.money.realised')}</Table.Th>
            <Table.Th ta="right">{t('budget.overview.planDue')}</Table.Th>
            <Table.Th ta="right">{t('budget.overview.projected')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {risks.map((r) => (
            <Table.Tr key={r.lineId}>
              <Table.Td>
                <Group gap={8} wrap="nowrap" align="flex-start">
                  <Badge color={r.risk === 'over' ? 'red' : 'orange'} variant="light" style={{ flexShrink: 0 }}>
                    {t(r.risk === 'over' ? 'budget.overview.over' : 'budget.overview.under')}
                  </Badge>
                  <div>
                    <Text size="sm" fw={600}>
                      {r.accountCode} · {r.accountName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.subActivityCode} {r.subActivityName}
                    </Text>
                  </div>
                </Group>
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.allocation)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.realised)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{formatRupiah(r.planToDate)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" fw={600} c={r.risk === 'over' ? 'red.7' : 'orange.8'}>
                  {formatRupiah(r.projected)}
                </Text>
                <Text size="xs" c="dimmed">
                  {percent(r.projectedPercent)}%
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The landing page: the year's figures, absorption by month against the plan, and the lines at risk. */
export function OverviewTab({ year }: { year: BudgetYear }) {
  const { t } = useTranslation();
  const dashboard = useQuery(dashboardQuery(year.id));
  if (dashboard.isLoading) return <Center h={280}><Loader size="sm" /></Center>;
  if (dashboard.error) return <FormAlert messages={[dashboard.error.message]} />;
  const d = dashboard.data!;
  const deviation = d.realised - d.planToDate;
  const lastMonth = d.elapsedMonths <= 0 ? 0 : Math.ceil(d.elapsedMonths);
  const asOf = formatDate(d.asOf);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Kpi label={t('budget.overview.allocation', { year: d.year })} value={formatRupiah(d.allocation)} hint={t('budget.overview.lines', { count: d.lineCount })} testId="kpi-allocation" />
        <Kpi label={t('budget.overview.realised', { date: asOf })} value={formatRupiah(d.realised)} testId="kpi-realised">
          <Progress value={Math.min(100, d.percent ?? 0)} size="sm" mt={8} aria-label={t('budget.money.percent')} />
          <Text size="xs" c="dimmed" mt={4}>
            {t('budget.overview.absorption', { percent: percent(d.percent) })}
          </Text>
        </Kpi>
        <Kpi label={t('budget.overview.remaining')} value={formatRupiah(d.remaining)} hint={t('budget.overview.remainingHint')} testId="kpi-remaining" />
        <Kpi
          label={t('budget.overview.planToDate', { date: asOf })}
          value={formatRupiah(d.planToDate)}
          hint={
            Math.abs(deviation) < 1
              ? t('budget.overview.onPlan')
              : t(deviation > 0 ? 'budget.overview.ahead' : 'budget.overview.behind', { amount: formatRupiah(Math.abs(deviation)) })
          }
          testId="kpi-plan"
        />
      </SimpleGrid>

      <Paper withBorder radius="md" p="lg">
        <Group justify="space-between" align="flex-start" mb="sm">
          <div>
            <Text fw={650}>{t('budget.overview.chartTitle')}</Text>
            <Text size="xs" c="dimmed">
              {t('budget.overview.chartHint')}
            </Text>
          </div>
          <Text size="xs" c="dimmed">
            {t('budget.overview.standing', { date: asOf, months: d.elapsedMonths.toLocaleString(currentLanguage() === 'en' ? 'en' : 'id-ID', { maximumFractionDigits: 1 }) })}
          </Text>
        </Group>
        <AbsorptionChart months={d.months} allocation={d.allocation} lastMonth={lastMonth} year={d.year} />
      </Paper>

      {d.overrides > 0 ? (
        <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />}>
          {t('budget.overview.overrides', { count: d.overrides })}
        </Alert>
      ) : null}

      <Paper withBorder radius="md" p="lg">
        <Text fw={650}>{t('budget.overview.risksTitle')}</Text>
        <Text size="xs" c="dimmed" mb="md" maw={900}>
          {t('budget.overview.risksHint', { over: 105, under: 85 })}
        </Text>
        {d.risks.length ? (
          <RiskTable risks={d.risks} />
        ) : (
          <Group gap="xs" c="teal.7">
            <IconShieldCheck size={18} />
            <Text size="sm">{d.elapsedMonths < 1 ? t('budget.overview.risksEarly') : t('budget.overview.risksNone')}</Text>
          </Group>
        )}
      </Paper>
    </Stack>
  );
}
