import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '@contract';
import { call } from '../../lib/api';

// ---- queries: every key starts with its channel name

export const medicinesQuery = (includeInactive = false) =>
  queryOptions({ queryKey: ['medicine.list', includeInactive], queryFn: () => call('medicine.list', { includeInactive }) });
export const batchesQuery = (input: ChannelInput<'medicine.batches'>) =>
  queryOptions({ queryKey: ['medicine.batches', input], queryFn: () => call('medicine.batches', input), placeholderData: keepPreviousData });
export const stockDashboardQuery = () => queryOptions({ queryKey: ['medicine.dashboard'], queryFn: () => call('medicine.dashboard', {}) });
export const marDayQuery = (input: ChannelInput<'mar.day'>) =>
  queryOptions({ queryKey: ['mar.day', input], queryFn: () => call('mar.day', input), placeholderData: keepPreviousData });
export const visitsQuery = (input: ChannelInput<'visit.list'>) => queryOptions({ queryKey: ['visit.list', input], queryFn: () => call('visit.list', input) });
export const healthQuery = (residentId: number) => queryOptions({ queryKey: ['health.record', residentId], queryFn: () => call('health.record', { residentId }) });

// ---- mutations: a change refreshes every medicine, MAR, health and budget query, and the audit log

const PREFIXES = ['medicine.', 'mar.', 'prescription.', 'visit.', 'health.', 'budget.', 'spending.', 'audit.'];

function useChange<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ predicate: (q) => PREFIXES.some((p) => String(q.queryKey[0]).startsWith(p)) }),
  });
}

export const useSaveMedicine = () => useChange((input: ChannelInput<'medicine.save'>) => call('medicine.save', input));
export const useReceive = () => useChange((input: ChannelInput<'medicine.receive'>) => call('medicine.receive', input));
export const useCancelReceipt = () => useChange((input: ChannelInput<'medicine.cancelReceipt'>) => call('medicine.cancelReceipt', input));
export const useAdjust = () => useChange((input: ChannelInput<'medicine.adjust'>) => call('medicine.adjust', input));
export const useDispose = () => useChange((input: ChannelInput<'medicine.dispose'>) => call('medicine.dispose', input));
export const usePrescribe = () => useChange((input: ChannelInput<'prescription.create'>) => call('prescription.create', input));
export const useStopPrescription = () => useChange((input: ChannelInput<'prescription.stop'>) => call('prescription.stop', input));
export const useSaveMar = () => useChange((input: ChannelInput<'mar.save'>) => call('mar.save', input));
export const useCreateVisit = () => useChange((input: ChannelInput<'visit.create'>) => call('visit.create', input));
export const useCancelVisit = () => useChange((input: ChannelInput<'visit.cancel'>) => call('visit.cancel', input));
export const useAddHealthEntry = () => useChange((input: ChannelInput<'health.addEntry'>) => call('health.addEntry', input));
export const useStockCardXlsx = () => useMutation({ mutationFn: (input: ChannelInput<'medicine.stockCardXlsx'>) => call('medicine.stockCardXlsx', input) });
export const useStockReportXlsx = () => useMutation({ mutationFn: (input: ChannelInput<'medicine.stockReportXlsx'>) => call('medicine.stockReportXlsx', input) });

/** Who may do what in the area (main checks every call anyway). */
export function medicinePermissions(role: string) {
  return {
    stock: ['admin', 'head', 'finance'].includes(role),
    care: ['admin', 'head', 'caregiver'].includes(role),
    visits: ['admin', 'head', 'finance'].includes(role),
  };
}

export const presentResidentsQuery = (date: string) => queryOptions({ queryKey: ['visit.residents', date], queryFn: () => call('visit.residents', { date }) });
