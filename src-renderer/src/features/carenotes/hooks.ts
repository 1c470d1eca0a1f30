import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CareNoteInput, IncidentInput, SHIFTS } from '@contract';
import { call } from '../../lib/api';

export type Shift = (typeof SHIFTS)[number];
export type IncidentFollowUp = { id: number; followUp?: string | null; followUpDue?: string | null; resolvedOn?: string | null };

/** One day (and shift, or the whole day) across all residents. */
export const careDayQuery = (date: string, shift: Shift | null) =>
  queryOptions({
    queryKey: ['carenotes.day', date, shift],
    queryFn: () => call('carenotes.day', shift ? { date, shift } : { date }),
  });

/** One resident's notes and incidents, newest first (optionally within a date range). */
export const residentCareQuery = (residentId: number, from: string | null, to: string | null) =>
  queryOptions({
    queryKey: ['carenotes.forResident', residentId, from, to],
    queryFn: () => call('carenotes.forResident', { residentId, ...(from ? { from } : {}), ...(to ? { to } : {}) }),
  });

export const openIncidentsQuery = () => queryOptions({ queryKey: ['incidents.open'], queryFn: () => call('incidents.open') });

/** Every view that shows notes or incidents reloads after a change. */
function useRefreshCare() {
  const qc = useQueryClient();
  return () =>
    Promise.all(
      ['carenotes.day', 'carenotes.forResident', 'incidents.open', 'audit.list'].map((key) => qc.invalidateQueries({ queryKey: [key] })),
    );
}

export function useAddCareNote() {
  const refresh = useRefreshCare();
  return useMutation({ mutationFn: (input: CareNoteInput) => call('carenotes.add', input), onSuccess: refresh });
}

export function useAddIncident() {
  const refresh = useRefreshCare();
  return useMutation({ mutationFn: (input: IncidentInput) => call('incidents.add', input), onSuccess: refresh });
}

export function useIncidentFollowUp() {
  const refresh = useRefreshCare();
  return useMutation({ mutationFn: (input: IncidentFollowUp) => call('incidents.followUp', input), onSuccess: refresh });
}
