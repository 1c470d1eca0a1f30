import { Button, Group, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { notifyError } from '../../../components/notify';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { call } from '../../../lib/api';
import { downloadBase64, XLSX_MIME } from '../../../lib/download';
import { monthName } from '@contract';
import { programmesQuery } from '../hooks';
import { homeMonth, homeNowDayjs, homeToday } from '../../../lib/home-clock';

/** Attendance recap per programme and month, and completions in a period: preview, print, XLSX. */
export function ReportsTab() {
  const { t } = useTranslation();
  const programmes = useQuery(programmesQuery());
  const [kind, setKind] = useState<'recap' | 'completions'>('recap');
  const [programmeId, setProgrammeId] = useState<number | null>(null);
  const [month, setMonth] = useState(homeMonth());
  const [from, setFrom] = useState(homeNowDayjs().startOf('year').format('YYYY-MM-DD'));
  const [to, setTo] = useState(homeToday());
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [downloading, setDownloading] = useState(false);
  const months = Array.from({ length: 24 }, (_, i) => homeNowDayjs().subtract(i, 'month')).map((d) => ({ value: d.format('YYYY-MM'), label: `${monthName(d.month() + 1)} ${d.year()}` }));
  const ready = kind === 'completions' || programmeId != null;
  const report = useQuery({
    queryKey: ['training.report', kind, programmeId, month, from, to, paper],
    queryFn: () => (kind === 'recap' ? call('training.recapReport', { programmeId: programmeId!, month, paper }) : call('training.completionsReport', { from, to, paper })),
    enabled: ready,
  });
  const xlsx = async () => {
    setDownloading(true);
    try {
      const file = kind === 'recap' ? await call('training.recapXlsx', { programmeId: programmeId!, month, paper }) : await call('training.completionsXlsx', { from, to, paper });
      downloadBase64(file.base64, file.fileName, XLSX_MIME);
    } catch (error) {
      notifyError(error);
    } finally {
      setDownloading(false);
    }
  };
  return (
    <Stack>
      <Group>
        <Button variant={kind === 'recap' ? 'filled' : 'default'} onClick={() => setKind('recap')}>{t('training.reports.recap')}</Button>
        <Button variant={kind === 'completions' ? 'filled' : 'default'} onClick={() => setKind('completions')}>{t('training.reports.completions')}</Button>
      </Group>
      <Title order={4}>{kind === 'recap' ? t('training.reports.recap') : t('training.reports.completions')}</Title>
      {kind === 'recap' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
          <Select label={t('training.reports.programme')} searchable data={(programmes.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))} value={programmeId ? String(programmeId) : null} onChange={(v) => setProgrammeId(v ? Number(v) : null)} />
          <Select label={t('training.reports.month')} data={months} value={month} onChange={(v) => v && setMonth(v)} />
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
          <DateField label={t('training.reports.from')} value={from} onChange={(v) => v && setFrom(v)} />
          <DateField label={t('training.reports.to')} value={to} onChange={(v) => v && setTo(v)} />
        </SimpleGrid>
      )}
      <PrintPreview
        report={report.data}
        loading={report.isFetching}
        error={report.error}
        onRetry={() => void report.refetch()}
        paper={paper}
        onPaperChange={setPaper}
        xlsx={ready ? { onDownload: () => void xlsx(), loading: downloading } : undefined}
        placeholder={ready ? undefined : t('training.reports.choose')}
      />
    </Stack>
  );
}
