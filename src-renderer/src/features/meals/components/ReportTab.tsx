import { Alert, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { formatRupiah, formatPercent, type MealException } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { downloadBase64, XLSX_MIME } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import { mealReportPdfQuery, mealReportQuery, useMealReportXlsx } from '../hooks';
import { homeMonth } from '../../../lib/home-clock';

const EXCEPTIONS: MealException[] = ['refused', 'absent', 'sick', 'partly', 'fasting'];

/** The monthly meal report: meals served per day, resident-days, food cost per resident-day against the index. */
export function ReportTab() {
  const { t } = useTranslation();
  const [month, setMonth] = useState(homeMonth());
  const [threshold, setThreshold] = useState(6);
  const [view, setView] = useState<'table' | 'print'>('table');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const data = useQuery(mealReportQuery(month, threshold));
  const pdf = useQuery({ ...mealReportPdfQuery(month, threshold, paper), enabled: view === 'print' });
  const xlsx = useMealReportXlsx();
  const r = data.data;
  const download = () =>
    xlsx.mutate(
      { month, missedThreshold: threshold, paper },
      { onSuccess: ({ base64, fileName }) => (downloadBase64(base64, fileName, XLSX_MIME), notifySuccess(t('meals.report.xlsxDone', { file: fileName }))), onError: notifyError },
    );

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">
            <MonthPickerInput label={t('meals.report.month')} w={220} value={`${month}-01`} onChange={(v) => v && setMonth(String(v).slice(0, 7))} valueFormat="MMMM YYYY" data-testid="report-month" />
            <NumberInput label={t('meals.report.threshold')} w={220} min={1} max={200} value={threshold} onChange={(v) => typeof v === 'number' && v >= 1 && setThreshold(v)} data-testid="report-threshold" />
          </Group>
          <SegmentedControl value={view} onChange={(v) => setView(v as 'table' | 'print')} data={[{ value: 'table', label: t('meals.report.table') }, { value: 'print', label: t('meals.report.print') }]} data-testid="report-view" />
        </Group>
      </Paper>
      {view === 'print' ? (
        <PrintPreview report={pdf.data} loading={pdf.isFetching} error={pdf.error} onRetry={() => void pdf.refetch()} paper={paper} onPaperChange={setPaper} xlsx={{ onDownload: download, loading: xlsx.isPending }} />
      ) : r ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure label={t('meals.report.residentDays')} value={r.residentDays.toLocaleString('id-ID')} />
            <Figure
              label={t('meals.report.foodCost')}
              value={formatRupiah(r.foodCost)}
              hint={
                t('meals.report.purchases', { count: r.purchaseCount }) +
                (r.cancellations.count > 0 ? ` · ${t('meals.report.cancellations', { count: r.cancellations.count, amount: formatRupiah(r.cancellations.total) })}` : '')
              }
            />
            <Figure
              label={t('meals.report.perDay')}
              value={formatRupiah(r.costPerResidentDay)}
              testId="report-per-day"
              hint={r.inProgress ? t('meals.report.inProgress', { days: r.countedDays, of: r.monthDays }) : undefined}
              hintTestId="report-in-progress"
            />
            <Figure
              label={t('meals.report.index', { year: month.slice(0, 4) })}
              value={r.index == null ? t('meals.report.noIndex') : formatRupiah(r.index)}
              hint={r.inProgress ? t('meals.report.notCompared') : r.indexPercent == null ? undefined : t('meals.report.ofIndex', { percent: formatPercent(r.indexPercent, 1) })}
            />
          </SimpleGrid>
          <Alert variant="light" color="blue" data-testid="report-method">{t('meals.report.method')}</Alert>
          <Paper withBorder radius="md" p="md">
            <Text fw={650} mb="xs">{t('meals.report.missedTitle', { threshold: r.missedThreshold })}</Text>
            <Group gap="lg" mb="sm">
              {EXCEPTIONS.map((s) => <Text key={s} size="sm" data-testid={`total-${s}`}>{t(`meals.status.${s}`)}: <b>{r.exceptionsTotal[s]}</b></Text>)}
            </Group>
            <Table withTableBorder data-testid="missed-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meals.report.name')}</Table.Th>
                  {EXCEPTIONS.map((s) => <Table.Th key={s} ta="right">{t(`meals.status.${s}`)}</Table.Th>)}
                  <Table.Th ta="right">{t('meals.report.missed')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.missed.length === 0 ? (
                  <Table.Tr><Table.Td colSpan={7}><Text size="sm" c="dimmed">{t('meals.report.noneMissed', { threshold: r.missedThreshold })}</Text></Table.Td></Table.Tr>
                ) : (
                  r.missed.map((m) => (
                    <Table.Tr key={m.residentId}>
                      <Table.Td>{m.fullName} <Text span size="xs" c="dimmed">{m.registrationNo}</Text></Table.Td>
                      {EXCEPTIONS.map((s) => <Table.Td key={s} ta="right">{m.counts[s]}</Table.Td>)}
                      <Table.Td ta="right" fw={650}>{m.missed}</Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder radius="md" style={{ overflow: 'auto' }}>
            <Table striped data-testid="days-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('meals.report.date')}</Table.Th>
                  <Table.Th ta="right">{t('meals.report.present')}</Table.Th>
                  {r.meals.map((m) => <Table.Th key={m} ta="right">{t(`meals.meal.${m}`)}</Table.Th>)}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.days.map((d) => (
                  <Table.Tr key={d.date}>
                    <Table.Td>{formatDate(d.date)}</Table.Td>
                    <Table.Td ta="right">{d.present}</Table.Td>
                    {r.meals.map((m) => <Table.Td key={m} ta="right" c={d.served[m] == null ? 'dimmed' : undefined}>{d.served[m] ?? '—'}</Table.Td>)}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      ) : null}
    </Stack>
  );
}

function Figure({ label, value, hint, testId, hintTestId }: { label: string; value: string; hint?: string; testId?: string; hintTestId?: string }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>{label}</Text>
      <Text size="xl" fw={700} data-testid={testId}>{value}</Text>
      {hint ? <Text size="xs" c="dimmed" data-testid={hintTestId}>{hint}</Text> : null}
    </Paper>
  );
}
