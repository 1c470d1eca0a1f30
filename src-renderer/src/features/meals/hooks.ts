import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput, Meal } from '@contract';
import type { PaperSize } from '../../components/PrintPreview';
import { call } from '../../lib/api';

export const mealSettingsQuery = () => queryOptions({ queryKey: ['meals.settings'], queryFn: () => call('meals.settings') });

export const weekQuery = (monday: string) => queryOptions({ queryKey: ['meals.week', monday], queryFn: () => call('meals.week', { monday }), placeholderData: keepPreviousData });

export const weekReportQuery = (monday: string, paper: PaperSize) =>
  queryOptions({ queryKey: ['meals.weekReport', monday, paper], queryFn: () => call('meals.weekReport', { monday, paper }), placeholderData: keepPreviousData });

export const serviceSheetQuery = (date: string, meal: Meal) =>
  queryOptions({ queryKey: ['meals.serviceSheet', date, meal], queryFn: () => call('meals.serviceSheet', { date, meal }), staleTime: 0, gcTime: 0 });

export const purchasesQuery = (month: string) => queryOptions({ queryKey: ['meals.purchases', month], queryFn: () => call('meals.purchases', { month }), placeholderData: keepPreviousData });

export const mealReportQuery = (month: string, missedThreshold: number) =>
  queryOptions({ queryKey: ['meals.report', month, missedThreshold], queryFn: () => call('meals.report', { month, missedThreshold }), placeholderData: keepPreviousData });

export const mealReportPdfQuery = (month: string, missedThreshold: number, paper: PaperSize) =>
  queryOptions({ queryKey: ['meals.reportPdf', month, missedThreshold, paper], queryFn: () => call('meals.reportPdf', { month, missedThreshold, paper }), placeholderData: keepPreviousData });

/** Every query of the meals area (and the budget's, which purchases change) is refreshed after a change. */
function useInvalidate(prefixes: string[]) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ predicate: (q) => prefixes.some((p) => String(q.queryKey[0]).startsWith(p)) });
}

export function useSaveService() {
  const invalidate = useInvalidate(['meals.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.saveService'>) => call('meals.saveService', input), onSuccess: invalidate });
}

export function useSaveMenu() {
  const invalidate = useInvalidate(['meals.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.saveMenu'>) => call('meals.saveMenu', input), onSuccess: invalidate });
}

export function useCopyWeek() {
  const invalidate = useInvalidate(['meals.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.copyWeek'>) => call('meals.copyWeek', input), onSuccess: invalidate });
}

export function useSaveMealSettings() {
  const invalidate = useInvalidate(['meals.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.saveSettings'>) => call('meals.saveSettings', input), onSuccess: invalidate });
}

export function useSaveIndex() {
  const invalidate = useInvalidate(['meals.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.saveIndex'>) => call('meals.saveIndex', input), onSuccess: invalidate });
}

export function useRecordPurchase() {
  const invalidate = useInvalidate(['meals.', 'budget.', 'spending.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.recordPurchase'>) => call('meals.recordPurchase', input), onSuccess: invalidate });
}

export function useCancelPurchase() {
  const invalidate = useInvalidate(['meals.', 'budget.', 'spending.']);
  return useMutation({ mutationFn: (input: ChannelInput<'meals.cancelPurchase'>) => call('meals.cancelPurchase', input), onSuccess: invalidate });
}

export function useMealReportXlsx() {
  return useMutation({ mutationFn: (input: ChannelInput<'meals.reportXlsx'>) => call('meals.reportXlsx', input) });
}
