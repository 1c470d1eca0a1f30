import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@contract';
import type { PaperSize } from '../../components/PrintPreview';
import { notifyError, notifySuccess } from '../../components/notify';
import { call } from '../../lib/api';
import { downloadBase64, XLSX_MIME } from '../../lib/download';
import { useTranslation } from 'react-i18next';

export const exitsListQuery = (input: ChannelInput<'exits.list'>) =>
  queryOptions({ queryKey: ['exits.list', input], queryFn: () => call('exits.list', input), placeholderData: keepPreviousData });

export const exitQuery = (id: number) => queryOptions({ queryKey: ['exits.get', id], queryFn: () => call('exits.get', { id }) });

export const handoverQuery = (id: number, paper: PaperSize) =>
  queryOptions({ queryKey: ['exits.handover', id, paper], queryFn: () => call('exits.handover', { id, paper }), placeholderData: keepPreviousData });

type Period = { from: string; to: string };
export const exitsReportDataQuery = (period: Period) => queryOptions({ queryKey: ['exits.reportData', period], queryFn: () => call('exits.reportData', period), placeholderData: keepPreviousData });
export const exitsReportQuery = (period: Period, paper: PaperSize) =>
  queryOptions({ queryKey: ['exits.report', period, paper], queryFn: () => call('exits.report', { ...period, paper }), placeholderData: keepPreviousData });

/** An exit touches the residents (status, history, census), the budget (spending) and the audit log. */
function useRefresh() {
  const qc = useQueryClient();
  return () =>
    qc.invalidateQueries({
      predicate: (q) => /^(exits|residents|casefile|budget|spending|audit|reports)\./.test(String(q.queryKey[0])),
    });
}

function useChange<C extends 'exits.recordRepatriation' | 'exits.recordDeath' | 'exits.updateRepatriation' | 'exits.updateDeath' | 'exits.saveCost' | 'exits.removeCost' | 'exits.submitCosts' | 'exits.decideCosts' | 'residents.undoExit'>(channel: C) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (input: ChannelInput<C>) => call(channel, input), onSuccess: refresh });
}

export const useRecordRepatriation = () => useChange('exits.recordRepatriation');
export const useRecordDeathExit = () => useChange('exits.recordDeath');
export const useUpdateRepatriation = () => useChange('exits.updateRepatriation');
export const useUpdateDeath = () => useChange('exits.updateDeath');
export const useSaveCost = () => useChange('exits.saveCost');
export const useRemoveCost = () => useChange('exits.removeCost');
export const useSubmitCosts = () => useChange('exits.submitCosts');
export const useDecideCosts = () => useChange('exits.decideCosts');
export const useUndoExit = () => useChange('residents.undoExit');

export function useExitsXlsx() {
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (period: Period) => call('exits.reportXlsx', period),
    onSuccess: ({ base64, fileName }) => {
      downloadBase64(base64, fileName, XLSX_MIME);
      notifySuccess(t('exits.report.xlsxDone', { file: fileName }));
    },
    onError: notifyError,
  });
}

/** Where an exit record's page is: the budget's source links use the same paths. */
export const exitHref = (kind: 'repatriation' | 'death', id: number) => (kind === 'death' ? `/exits/funerals/${id}` : `/exits/repatriations/${id}`);
