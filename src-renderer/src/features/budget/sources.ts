import type { SpendingRecord } from '@contract';

/**
 * Where the record behind a spending lives in the app. Features that charge costs to the budget add their
 * source type here (e.g. `funeral: (id) => \`/exits/funerals/${id}\``) when their page exists.
 */
const SOURCE_PAGES: Record<string, (id: number) => string> = {
  repatriation: (id) => `/exits/repatriations/${id}`,
  funeral: (id) => `/exits/funerals/${id}`,
  meal_purchase: (id) => `/meals/purchases/${id}`,
  medicine_receipt: (id) => `/medicine/stock/${id}`,
  doctor_fee: (id) => `/medicine/visits/${id}`,
  // School fees (biaya pendidikan): the school tab of the training area, where the fee is listed.
  education_fee: () => '/training/school',
};

/** The page of a spending's source: its own record for manual entries, else the source's page if known. */
export function sourceHref(row: Pick<SpendingRecord, 'id' | 'source'>): string | null {
  if (row.source.type === 'manual') return `/budget/spending/${row.id}`;
  const page = SOURCE_PAGES[row.source.type];
  return page && row.source.id != null ? page(row.source.id) : null;
}

export const residentHref = (residentId: number) => `/residents/${residentId}`;
