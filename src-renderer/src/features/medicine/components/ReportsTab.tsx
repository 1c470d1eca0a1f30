import { Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { PrintableReport } from '@contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';
import { notifyError } from '../../../components/notify';
import { PrintPreview, type PaperSize } from '../../../components/PrintPreview';
import { call } from '../../../lib/api';
import { downloadBase64, XLSX_MIME } from '../../../lib/download';
import { medicinesQuery, presentResidentsQuery, useStockCardXlsx, useStockReportXlsx } from '../hooks';
import { homeMonth, homeNowDayjs, homeToday } from '../../../lib/home-clock';

type Kind = 'mar' | 'card' | 'stock' | 'expiry';

/** The medicine reports: the monthly MAR sheet per resident, the stock card, the stock report and the expiry list. */
export function ReportsTab({ residentId: fixedResident }: { residentId?: number }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('mar');
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [month, setMonth] = useState(homeMonth());
  const [residentId, setResidentId] = useState<number | null>(fixedResident ?? null);
  const [medicineId, setMedicineId] = useState<number | null>(null);
  const [from, setFrom] = useState(homeNowDayjs().startOf('month').format('YYYY-MM-DD'));
  const [to, setTo] = useState(homeToday());
  const medicines = useQuery(medicinesQuery(true));
  const residents = useQuery({ ...presentResidentsQuery(homeToday()), enabled: !fixedResident });
  const cardXlsx = useStockCardXlsx();
  const stockXlsx = useStockReportXlsx();
  const validMonth = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const ready = kind === 'mar' ? !!residentId && validMonth : kind === 'card' ? !!medicineId && from <= to : kind === 'stock' ? from <= to : true;
  const report = useQuery<PrintableReport>({
    queryKey: ['medicine.report', kind, paper, month, residentId, medicineId, from, to],
    enabled: ready,
    placeholderData: keepPreviousData,
    queryFn: () =>
      kind === 'mar'
        ? call('mar.monthReport', { residentId: residentId!, month, paper })
        : kind === 'card'
          ? call('medicine.stockCardReport', { medicineId: medicineId!, from, to, paper })
          : kind === 'stock'
            ? call('medicine.stockReport', { from, to, paper })
            : call('medicine.expiryReport', { asOf: to, paper }),
  });
  const download = () => {
    const done = (file: { fileName: string; base64: string }) => downloadBase64(file.base64, file.fileName, XLSX_MIME);
    if (kind === 'card' && medicineId) cardXlsx.mutate({ medicineId, from, to, paper }, { onSuccess: done, onError: notifyError });
    if (kind === 'stock') stockXlsx.mutate({ from, to, paper }, { onSuccess: done, onError: notifyError });
  };
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          {fixedResident ? null : (
            <SegmentedControl value={kind} onChange={(v) => setKind(v as Kind)} data={(['mar', 'card', 'stock', 'expiry'] as const).map((k) => ({ value: k, label: t(`medicine.reports.${k}`) }))} />
          )}
          <Group align="flex-end">
            {kind === 'mar' ? (
              <>
                {fixedResident ? null : (
                  <Select label={t('medicine.reports.resident')} searchable w={320} value={residentId ? String(residentId) : null} onChange={(v) => setResidentId(v ? Number(v) : null)} data={(residents.data ?? []).map((r) => ({ value: String(r.id), label: `${r.fullName} (${r.registrationNo})` }))} />
                )}
                <TextInput label={t('medicine.reports.month')} type="month" value={month} onChange={(e) => setMonth(e.currentTarget.value)} w={180} />
              </>
            ) : null}
            {kind === 'card' ? <Select label={t('medicine.reports.medicine')} searchable w={360} value={medicineId ? String(medicineId) : null} onChange={(v) => setMedicineId(v ? Number(v) : null)} data={(medicines.data ?? []).map((m) => ({ value: String(m.id), label: m.label }))} /> : null}
            {kind === 'card' || kind === 'stock' ? <DateField label={t('medicine.reports.from')} value={from} onChange={(v) => v && setFrom(v)} w={190} /> : null}
            {kind !== 'mar' ? <DateField label={kind === 'expiry' ? t('medicine.reports.asOf') : t('medicine.reports.to')} value={to} onChange={(v) => v && setTo(v)} w={190} /> : null}
          </Group>
        </Stack>
      </Paper>
      <PrintPreview
        report={ready ? report.data : undefined}
        loading={report.isFetching}
        error={report.error}
        onRetry={() => void report.refetch()}
        paper={paper}
        onPaperChange={setPaper}
        xlsx={kind === 'card' || kind === 'stock' ? { onDownload: download, loading: cardXlsx.isPending || stockXlsx.isPending } : undefined}
        placeholder={ready ? undefined : <Text c="dimmed">{t('medicine.reports.choose')}</Text>}
      />
    </Stack>
  );
}
