import { Checkbox, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { monthName, type BudgetYear, type RealisationRow } from '@contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { FormAlert } from '../../../components/FormAlert';
import { notifyError, notifySuccess } from '../../../components/notify';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { ApiError } from '../../../lib/api';
import { downloadBase64, XLSX_MIME } from '../../../lib/download';
import { currentLanguage } from '../../../lib/i18n';
import { realisationDataQuery, realisationReportQuery, useRealisationXlsx } from '../hooks';
import { LineSpendingDrawer } from './LineSpendingDrawer';
import { RealisationTable } from './RealisationTable';
import { homeToday } from '../../../lib/home-clock';

type Kind = 'month' | 'quarter' | 'semester' | 'custom';
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const months = (year: number, first: number, last: number) => ({ from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay(year, last))}` });

/** The LRA for a month, quarter, semester or any dates of the year: on screen (with drill-down) and to print. */
export function ReportTab({ year }: { year: BudgetYear }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const today = homeToday();
  const defaultMonth = Number(today.slice(0, 4)) === year.year ? Number(today.slice(5, 7)) : 12;
  const [kind, setKind] = useState<Kind>('month');
  const [month, setMonth] = useState(defaultMonth);
  const [quarter, setQuarter] = useState(Math.ceil(defaultMonth / 3));
  const [semester, setSemester] = useState(defaultMonth <= 6 ? 1 : 2);
  const [custom, setCustom] = useState<{ from: string | null; to: string | null }>({ from: `${year.year}-01-01`, to: null });
  const [details, setDetails] = useState(false);
  const [view, setView] = useState<'table' | 'print'>('table');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [drill, setDrill] = useState<RealisationRow | null>(null);
  const xlsx = useRealisationXlsx();

  const period =
    kind === 'month'
      ? months(year.year, month, month)
      : kind === 'quarter'
        ? months(year.year, quarter * 3 - 2, quarter * 3)
        : kind === 'semester'
          ? months(year.year, semester * 6 - 5, semester * 6)
          : custom.from && custom.to
            ? { from: custom.from, to: custom.to }
            : null;
  const input = { yearId: year.id, from: period?.from ?? '', to: period?.to ?? '', details };
  const data = useQuery({ ...realisationDataQuery(input), enabled: period !== null });
  const report = useQuery({ ...realisationReportQuery(input, paper), enabled: period !== null && view === 'print' });
  const fieldErrors = data.error instanceof ApiError ? data.error.fieldErrors : {};
  const invalid = Boolean(fieldErrors.from || fieldErrors.to);

  const download = () =>
    period &&
    xlsx.mutate(
      { ...input, paper },
      {
        onSuccess: ({ base64, fileName }) => {
          downloadBase64(base64, fileName, XLSX_MIME);
          notifySuccess(t('budget.report.xlsxDone', { file: fileName }));
        },
        onError: notifyError,
      },
    );

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-end" wrap="nowrap" gap="md">
          <Group gap="md" align="flex-end">
            <div>
              <Text size="sm" fw={500} mb={4}>{t('budget.report.kind')}</Text>
              <SegmentedControl
                value={kind}
                onChange={(v) => setKind(v as Kind)}
                data={(['month', 'quarter', 'semester', 'custom'] as const).map((k) => ({ value: k, label: t(`budget.report.${k}`) }))}
                data-testid="report-kind"
              />
            </div>
            {kind === 'month' ? (
              <Select label={t('budget.report.month')} w={200} allowDeselect={false} value={String(month)} onChange={(v) => v && setMonth(Number(v))} data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${monthName(i + 1, lang)} ${year.year}` }))} data-testid="report-month" />
            ) : kind === 'quarter' ? (
              <Select label={t('budget.report.quarter')} w={240} allowDeselect={false} value={String(quarter)} onChange={(v) => v && setQuarter(Number(v))} data={([1, 2, 3, 4] as const).map((q) => ({ value: String(q), label: t(`budget.report.quarters.q${q}`) }))} />
            ) : kind === 'semester' ? (
              <Select label={t('budget.report.semester')} w={240} allowDeselect={false} value={String(semester)} onChange={(v) => v && setSemester(Number(v))} data={([1, 2] as const).map((s) => ({ value: String(s), label: t(`budget.report.semesters.s${s}`) }))} />
            ) : (
              <Group gap="sm" align="flex-start">
                <DateField label={t('budget.report.from')} w={200} value={custom.from} onChange={(v) => setCustom({ ...custom, from: v })} error={fieldErrors.from} />
                <DateField label={t('budget.report.to')} w={200} value={custom.to} onChange={(v) => setCustom({ ...custom, to: v })} error={fieldErrors.to} />
              </Group>
            )}
            <Checkbox label={t('budget.report.details')} description={t('budget.report.detailsHint')} checked={details} onChange={(e) => setDetails(e.currentTarget.checked)} maw={300} mb={4} />
          </Group>
          <SegmentedControl
            value={view}
            onChange={(v) => setView(v as 'table' | 'print')}
            data={[
              { value: 'table', label: t('budget.report.table') },
              { value: 'print', label: t('budget.report.print') },
            ]}
            data-testid="report-view"
          />
        </Group>
      </Paper>

      {data.error && !invalid ? <FormAlert messages={[data.error.message]} /> : null}
      {view === 'table' ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          {period && data.data && !invalid ? (
            <>
              <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
                <Text fw={650} data-testid="report-period">{data.data.periodLabel}</Text>
                <Text size="xs" c="dimmed">{t('budget.report.clickHint')}</Text>
              </Group>
              <RealisationTable data={data.data} onLine={setDrill} />
            </>
          ) : (
            <Text c="dimmed" p="lg">{period ? (invalid ? Object.values(fieldErrors).join(' ') : '…') : t('budget.report.incomplete')}</Text>
          )}
        </Paper>
      ) : (
        <PrintPreview
          report={period && !invalid ? report.data : undefined}
          loading={report.isFetching}
          error={invalid ? null : report.error}
          onRetry={() => void report.refetch()}
          paper={paper}
          onPaperChange={setPaper}
          xlsx={{ onDownload: download, loading: xlsx.isPending }}
          placeholder={!period ? <Text c="dimmed">{t('budget.report.incomplete')}</Text> : invalid ? <Text c="dimmed">{Object.values(fieldErrors).join(' ')}</Text> : undefined}
        />
      )}
      {drill && period ? <LineSpendingDrawer lineId={drill.lineId!} from={period.from} to={period.to} year={year.year} onClose={() => setDrill(null)} /> : null}
    </Stack>
  );
}
