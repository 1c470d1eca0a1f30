import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notifyError, notifySuccess } from '../../components/notify';
import type { PaperSize } from '../../components/PrintPreview';
import { call } from '../../lib/api';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import type { Period } from './period';

/** The census figures shown above the preview (`reports.censusData`). */
export const censusDataQuery = (period: Period) =>
  queryOptions({
    queryKey: ['reports.censusData', period],
    queryFn: () => call('reports.censusData', period),
    placeholderData: keepPreviousData,
  });

/** The printable census (`reports.census`): re-requested when the period or the paper changes. */
export const censusReportQuery = (period: Period, paper: PaperSize) =>
  queryOptions({
    queryKey: ['reports.census', { ...period, paper }],
    queryFn: () => call('reports.census', { ...period, paper }),
    placeholderData: keepPreviousData,
  });

/** The census as XLSX, saved through the browser's download. */
export function useCensusXlsx() {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (period: Period) => call('reports.censusXlsx', period),
    onSuccess: ({ base64, fileName }) => {
      downloadBase64(base64, fileName, XLSX_MIME);
      notifySuccess(t('reports.census.xlsxDone', { file: fileName }));
    },
    onError: notifyError,
  });
}
