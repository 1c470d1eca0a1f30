import type { auditId } from './i18n';

/** Texts of the audit log in English: the same keys as `i18n.ts`. */
export const auditEn: typeof auditId = {
  description: 'Every change is recorded: who, when, in which part of the app, on which record, and its content before and after.',
  allHomes: 'Province level',
  system: 'system',
  columns: { home: 'Home', at: 'Time', user: 'User', action: 'Action', record: 'Record', channel: 'App area' },
  filters: {
    from: 'From date',
    to: 'To date',
    anyDate: 'Any date',
    anyUser: 'Any user',
    entity: 'Kind of record',
    channel: 'App area',
    any: 'Any',
    apply: 'Apply filters',
    reset: 'Reset',
  },
  expand: 'Show details',
  collapse: 'Hide details',
  before: 'Before',
  after: 'After',
  noData: 'No data',
  changedFields: 'Changed:',
  emptyTitle: 'No entries',
  empty: 'No entries match these filters.',
  shown_one: 'Showing {{count}} entry',
  shown_other: 'Showing {{count}} entries',
  allLoaded: 'all loaded',
  loadMore: 'Load more',
};
