import type { Role } from '@contract';
import { IconCoin, IconHomeMove, IconPill, IconSchool, IconToolsKitchen2, IconUserSearch, IconUsersGroup, type Icon } from '@tabler/icons-react';

/** A report that exists: it has a page and main serves it to `roles` (the same roles as its channels). */
export interface BuiltReport {
  key: 'census' | 'realisation' | 'training';
  path: string;
  icon: Icon;
  roles: readonly Role[];
}

export interface ReportGroup {
  key: 'residents' | 'budget' | 'training';
  reports: readonly BuiltReport[];
}

/** The roles main allows on `reports.census*` (src-main/contract/reports.ts). */
export const CENSUS_ROLES: readonly Role[] = ['province_admin', 'admin', 'head'];

export const REPORT_GROUPS: readonly ReportGroup[] = [
  { key: 'residents', reports: [{ key: 'census', path: '/reports/census', icon: IconUsersGroup, roles: CENSUS_ROLES }] },
  // The LRA lives in the budget area, beside the figures it reports; the roles of `budget.realisation*`.
  { key: 'budget', reports: [{ key: 'realisation', path: '/budget/report', icon: IconCoin, roles: ['province_admin', 'admin', 'head', 'finance'] }] },
  // Attendance recap and completions live in the training area; the roles that read `training.*Report`.
  { key: 'training', reports: [{ key: 'training', path: '/training/reports', icon: IconSchool, roles: ['province_admin', 'admin', 'head', 'caregiver', 'finance'] }] },
];

/**
 * Reports later work brings with its module: listed as "segera", never linked. `roles` says who will use
 * each, so a role sees only what will concern it.
 */
export const UPCOMING_REPORTS: readonly { key: 'meals' | 'medicine' | 'exits' | 'intake'; icon: Icon; roles: readonly Role[] }[] = [
  { key: 'meals', icon: IconToolsKitchen2, roles: ['province_admin', 'admin', 'head', 'finance'] },
  { key: 'medicine', icon: IconPill, roles: ['province_admin', 'admin', 'head'] },
  { key: 'exits', icon: IconHomeMove, roles: ['province_admin', 'admin', 'head', 'finance'] },
  { key: 'intake', icon: IconUserSearch, roles: ['province_admin', 'admin', 'head'] },
];

export const canOpenReport = (report: BuiltReport, role: Role) => report.roles.includes(role);
