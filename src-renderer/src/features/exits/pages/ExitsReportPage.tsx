import { Text, ThemeIcon } from '@mantine/core';
import { formatRupiah } from '@contract';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { BackToExits } from '../components/BackToExits';
import { PageHeader } from '../../../components/PageHeader';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { PeriodPicker } from '../../reports/components/PeriodPicker';
import { resolvePeriod, type PeriodChoice } from '../../reports/period';
import { exitsReportDataQuery, exitsReportQuery, useExitsXlsx } from '../hooks';

/** Exits in a period with their costs: summary, preview, print (A4/F4) or XLSX. */
export function ExitsReportPage() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<PeriodChoice>({ preset: 'thisYear', from: null, to: null });
  const [paper, setPaper] = useState<PaperSize>('A4');
  const period = resolvePeriod(choice);
  const request = period ?? { from: '', to: '' };
  const data = useQuery({ ...exitsReportDataQuery(request), enabled: period !== null });
  const report = useQuery({ ...exitsReportQuery(request, paper), enabled: period !== null });
  const xlsx = useExitsXlsx();

  return (
    <>
      <BackToExits />
      <PageHeader title={t('exits.report.title')} description={t('exits.report.description')} icon={<ThemeIcon variant="light" size={40} radius="md"><IconReportAnalytics size={22} /></ThemeIcon>} />
      <PeriodPicker value={choice} onChange={setChoice} />
      {data.error ? <FormAlert messages={[data.error.message]} /> : null}
      {data.data ? (
        <Text size="sm" my="sm" data-testid="exits-summary">
          {t('exits.report.summary', { repatriations: data.data.repatriations, deaths: data.data.deaths, total: formatRupiah(data.data.total), approved: formatRupiah(data.data.approvedTotal) })}
        </Text>
      ) : null}
      <PrintPreview
        report={period ? report.data : undefined}
        loading={report.isFetching}
        error={report.error}
        onRetry={() => void report.refetch()}
        paper={paper}
        onPaperChange={setPaper}
        xlsx={{ onDownload: () => period && xlsx.mutate(period), loading: xlsx.isPending }}
        placeholder={!period ? <Text c="dimmed">{t('reports.period.incomplete')}</Text> : undefined}
      />
    </>
  );
}
